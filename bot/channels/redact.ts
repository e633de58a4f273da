/** Chat logs never keep phone numbers or e-mail addresses. */
export function redact(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]')
    .replace(/(\+?84|0)[\s.-]?\d{2,3}[\s.-]?\d{3}[\s.-]?\d{3,4}\b/g, '[phone]')
    .replace(/\b\d{9,11}\b/g, '[phone]');
}
