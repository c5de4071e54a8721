import sharp from 'sharp';

const OG_IMAGE = { width: 1200, height: 630 };

const PLATE = { width: 340, height: 130, gap: 30 };

/** The card shared on social media: the title and the community partners' logos on white plates. */
export async function renderOgImage(title: string, subtitle: string, logos: { bytes: Buffer }[]) {
  const columns = 3;
  const gridLeft = (OG_IMAGE.width - (columns * PLATE.width + (columns - 1) * PLATE.gap)) / 2;
  const gridTop = 230;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const plates = logos.slice(0, 6).map((logo, index) => ({
    logo,
    x: gridLeft + (index % columns) * (PLATE.width + PLATE.gap),
    y: gridTop + Math.floor(index / columns) * (PLATE.height + PLATE.gap),
  }));
  const background = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_IMAGE.width}" height="${OG_IMAGE.height}">
      <rect width="100%" height="100%" fill="#0b5cad"/>
      <text x="60" y="110" font-family="DejaVu Sans, sans-serif" font-size="64" font-weight="700" fill="#ffffff">${escape(title)}</text>
      <text x="60" y="170" font-family="DejaVu Sans, sans-serif" font-size="30" fill="#dbeafe">${escape(subtitle)}</text>
      ${plates.map(({ x, y }) => `<rect x="${x}" y="${y}" width="${PLATE.width}" height="${PLATE.height}" rx="16" fill="#ffffff"/>`).join('')}
    </svg>`,
  );
  const composites = await Promise.all(
    plates.map(async ({ logo, x, y }) => {
      const { data, info } = await sharp(logo.bytes)
        .resize(PLATE.width - 60, PLATE.height - 40, { fit: 'inside' })
        .png()
        .toBuffer({ resolveWithObject: true });
      return {
        input: data,
        left: Math.round(x + (PLATE.width - info.width) / 2),
        top: Math.round(y + (PLATE.height - info.height) / 2),
      };
    }),
  );
  return sharp(background)
    .composite(composites)
    .png({ palette: true, compressionLevel: 9 })
    .toBuffer();
}
