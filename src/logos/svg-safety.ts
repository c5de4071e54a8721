import { optimize, type CustomPlugin } from 'svgo';

// Only in-document fragments ("#id") may be referenced: anything else could fetch or embed content.
const SAFE_REFERENCE = /^#[\w.:-]*$/;
const URL_FUNCTION = /url\(\s*['"]?\s*([^'")\s]*)/gi;

const DOCTYPE =
  "a <!DOCTYPE> declaration (entities can expand without limit; an editor's DOCTYPE line can simply be deleted)";

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}...` : text);

/** What is `unsafe` in an SVG (scripts, handlers, external references...), or it minified as `cleaned`. */
export function checkSvg(source: string) {
  const unsafe: string[] = [];
  const externalUrls = (text: string, where: string) => {
    for (const [, url] of text.matchAll(URL_FUNCTION))
      if (!SAFE_REFERENCE.test(url)) unsafe.push(`an external url(${shorten(url)}) in ${where}`);
  };
  const inspector: CustomPlugin = {
    name: 'refuseUnsafeContent',
    fn: () => ({
      doctype: { enter: () => void unsafe.push(DOCTYPE) },
      instruction: {
        enter(node) {
          if (node.name !== 'xml') unsafe.push(`the processing instruction <?${node.name}?>`);
        },
      },
      element: {
        enter(node) {
          const name = node.name.toLowerCase();
          if (name === 'script') unsafe.push('a <script> element');
          if (name === 'foreignobject') unsafe.push('a <foreignObject> element');
          for (const [attribute, value] of Object.entries(node.attributes)) {
            const lower = attribute.toLowerCase();
            const on = `on <${node.name}>`;
            if (lower.startsWith('on')) unsafe.push(`the event handler ${attribute}="..." ${on}`);
            const isLink = lower === 'href' || lower.endsWith(':href');
            if (isLink && !SAFE_REFERENCE.test(value.trim()))
              unsafe.push(`an external reference ${attribute}="${shorten(value)}" ${on}`);
            externalUrls(value, `${attribute} ${on}`);
          }
          if (name === 'style') {
            const css = node.children
              .map((child) => ('value' in child ? child.value : ''))
              .join('');
            if (/@import/i.test(css)) unsafe.push('a CSS @import in <style>');
            externalUrls(css, '<style>');
          }
        },
      },
    }),
  };
  try {
    // Inspect the file as sent, in one pass, so every finding names what the applicant wrote.
    optimize(source, { plugins: [inspector] });
    if (unsafe.length > 0) return { unsafe: [...new Set(unsafe)] };
    return {
      unsafe,
      cleaned: optimize(source, { multipass: true, plugins: ['preset-default'] }).data,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { unsafe: [`markup that does not parse (${reason})`] };
  }
}
