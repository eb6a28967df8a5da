/** Renders the first chart (SVG) inside an element to a PNG file download, on a white background. */
/** The panel's chart: at once, or when it is drawn (a click may come while it is being drawn); null after waitMs. */
function chartOf(container: HTMLElement, waitMs: number): Promise<SVGSVGElement | null> {
  const find = () => { const svg = container.querySelector('svg.chart-surface, svg.recharts-surface'); return svg instanceof SVGSVGElement ? svg : null; };
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (svg: SVGSVGElement | null) => { observer.disconnect(); clearTimeout(timer); resolve(svg); };
    const observer = new MutationObserver(() => { const svg = find(); if (svg) done(svg); });
    const timer = setTimeout(() => done(null), waitMs);
    observer.observe(container, { childList: true, subtree: true });
  });
}

export async function downloadChartPng(container: HTMLElement, fileName: string): Promise<void> {
  const svg = await chartOf(container, 10_000);
  if (!svg) return;
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.style.fontFamily = getComputedStyle(container).fontFamily;
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('chart image'));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(png);
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } finally {
    URL.revokeObjectURL(url);
  }
}
