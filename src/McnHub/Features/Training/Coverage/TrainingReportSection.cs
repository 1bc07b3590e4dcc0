using System.Globalization;
using McnHub.Features.Training.Barriers;
using McnHub.Features.Training.Feedback;
using McnHub.Features.Training.Model;
using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using McnHub.Platform.Reports;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Coverage;

/// <summary>The training section of the quarterly and annual reports: sessions run, attendances, CPD hours, feedback, barriers, coverage.</summary>
public sealed class TrainingReportSection(AppDbContext db) : IReportSectionSource
{
    public int Order => 500;

    public async Task<ReportSection?> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        var from = period.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = period.End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var sessions = await db.Set<TrainingSession>().AsNoTracking()
            .Where(s => s.StartsAt >= from && s.StartsAt < to && s.Status != SessionStatus.Cancelled)
            .Select(s => new
            {
                s.Format,
                s.Course!.CpdHours,
                Attended = s.Bookings.Count(b => b.Status == BookingStatus.Booked && b.Attendance == AttendanceOutcome.Attended),
            })
            .ToListAsync(ct);
        if (sessions.Count == 0)
        {
            return null;
        }

        var attendances = sessions.Sum(s => s.Attended);
        var cpd = sessions.Sum(s => s.Attended * s.CpdHours);
        var feedback = FeedbackSummary.Figures("All sessions", await FeedbackSummary.Answers(db, from, to).ToListAsync(ct));
        var barriers = await BarrierAnalysis.LoadAsync(db, from, to, ct);
        var coverage = await CoverageAnalysis.LoadAsync(db, from, to, ct);
        var british = OutcomeText.British;
        var paragraphs = new List<string>
        {
            string.Create(british, $"{sessions.Count} sessions ran, with {attendances} attendances and {OutcomeText.Hours(cpd)} CPD hours delivered."),
            feedback.Responses == 0
                ? "No feedback was given."
                : string.Create(british, $"{feedback.Responses} attendees gave feedback ({OutcomeText.Percent(feedback.Responses, feedback.Attended)}): overall rating {OutcomeText.Mean(feedback.Overall)} out of 5; confidence rose from {OutcomeText.Mean(feedback.ConfidenceBefore)} to {OutcomeText.Mean(feedback.ConfidenceAfter)}."),
            string.Create(british, $"{coverage.Organisations.Count(o => o.Trained > 0)} of {coverage.Organisations.Count} member organisations had someone trained; {coverage.NobodyTrained.Count()} had nobody."),
        };
        var sessionTable = new Table(
            "Sessions and attendance by format",
            ["Format", "Sessions", "Attendances", "CPD hours"],
            sessions.GroupBy(s => s.Format).OrderBy(g => g.Key)
                .Select(g => (IReadOnlyList<object?>)[OutcomeText.Format(g.Key), g.Count(), g.Sum(s => s.Attended), OutcomeText.Hours(g.Sum(s => s.Attended * s.CpdHours))]).ToList());
        return new ReportSection("training", "Education and training", paragraphs, [sessionTable, barriers.Reasons(), barriers.AttendanceByFormat(), coverage.All()[0]]);
    }
}
