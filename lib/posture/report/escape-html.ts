const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text and attribute-value escaping for HTML and inline SVG. */
export const escapeHtml = (value: string | number): string => String(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
