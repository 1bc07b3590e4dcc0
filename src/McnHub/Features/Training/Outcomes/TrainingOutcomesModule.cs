using McnHub.Features.Members.Network;
using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Training.Certificates;
using McnHub.Features.Training.Coverage;
using McnHub.Features.Training.Feedback;
using McnHub.Features.Training.News;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using McnHub.Platform.Email;
using McnHub.Platform.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Training.Outcomes;

/// <summary>Training outcomes: registers, certificates, feedback, access barriers, coverage, news and the digest.</summary>
public static class TrainingOutcomesModule
{
    public static IServiceCollection AddTrainingOutcomes(this IServiceCollection services)
    {
        services.AddSingleton<FeedbackLinks>();
        services.AddSingleton<FeedbackReminder>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedbackReminder>());
        services.AddScoped<IDashboardSource, NobodyTrainedSource>();
        services.AddScoped<IDashboardSource, UnderBookedSessionsSource>();
        services.AddScoped<IReportSectionSource, TrainingReportSection>();
        services.AddSingleton<TrainingDigest>();
        services.AddHostedService(sp => sp.GetRequiredService<TrainingDigest>());
        return services;
    }

    public static WebApplication MapTrainingOutcomes(this WebApplication app)
    {
        app.MapGet("/training/certificates/{code}.pdf", async (string code, AppDbContext db, IOptions<EmailOptions> email, CancellationToken ct) =>
        {
            var record = await CertificateRecord.FindAsync(db, code, ct);
            if (record is null)
            {
                return Results.NotFound();
            }

            var network = await db.Set<NetworkSettings>().AsNoTracking().Select(n => n.Name).FirstOrDefaultAsync(ct) ?? "McnHub";
            var pdf = CertificatePdf.Create(record, CertificateRecord.VerifyUrl(email.Value, record.Code), network);
            return Results.File(pdf, "application/pdf", $"certificate-{record.Code}.pdf");
        }).AllowAnonymous();
        return app;
    }
}
