// Printable QR codes (pledge pages, activity check-in, bin points, points cards) as PNG or SVG.
import QRCode from "qrcode";

export async function qrPng(text: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: "png", width, margin: 2, errorCorrectionLevel: "M" });
}

export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
}
