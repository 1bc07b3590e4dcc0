using QRCoder;

namespace McnHub.Features.Training.Certificates;

/// <summary>The QR code of a certificate's public verification address, as PNG (a data URI on the page, an image in the PDF).</summary>
public static class CertificateQr
{
    public static byte[] Png(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(6);
    }

    public static string DataUri(string url) => "data:image/png;base64," + Convert.ToBase64String(Png(url));
}
