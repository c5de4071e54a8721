// The bot protection that answered instead of the site, if any: a warning, since a browser gets
// through. Told by the headers these services document or always send, never by page text.
export function botWall(status: number, headers: Headers): string | undefined {
  const server = headers.get('server')?.toLowerCase() ?? '';
  // Cloudflare marks its challenge pages; older "under attack" pages are 403/503 from its server.
  if (headers.has('cf-mitigated')) return 'Cloudflare challenge';
  if (status < 400) return undefined;
  if (server === 'cloudflare' && (status === 403 || status === 503 || status === 429))
    return 'Cloudflare';
  // LinkedIn (and a few others) answer robots with this non-standard status.
  if (status === 999) return 'bot block (HTTP 999)';
  if (headers.has('x-amzn-waf-action')) return 'AWS WAF';
  if (headers.has('x-datadome') || server.includes('datadome')) return 'DataDome';
  if (headers.has('x-iinfo') || headers.get('x-cdn')?.toLowerCase() === 'incapsula')
    return 'Imperva';
  if (headers.has('x-sucuri-id') || server.includes('sucuri')) return 'Sucuri';
  if (server === 'akamaighost' && status === 403) return 'Akamai';
  return undefined;
}
