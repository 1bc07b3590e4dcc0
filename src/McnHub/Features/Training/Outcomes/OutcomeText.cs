using System.Globalization;
using McnHub.Features.Account;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;

namespace McnHub.Features.Training.Outcomes;

/// <summary>
/// How outcome values read in British English. Kept here, not shared with the booking pages' text helper, so the
/// two branches merge cleanly; the lead may fold them together.
/// </summary>
public static class OutcomeText
{
    public static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(TrainingFormat f) => f switch
    {
        TrainingFormat.InPerson => "In person",
        TrainingFormat.ELearning => "E-learning",
        _ => f.ToString(),
    };

    public static string Reason(BarrierReason r) => r switch
    {
        BarrierReason.ReleaseFromWork => "Release from work",
        _ => r.ToString(),
    };

    public static string Attendance(AttendanceOutcome? a) => a switch
    {
        AttendanceOutcome.Attended => "Attended",
        AttendanceOutcome.DidNotAttend => "Did not attend",
        AttendanceOutcome.CancelledLate => "Cancelled late",
        _ => "Not marked",
    };

    public static string Discipline(Discipline d) => PersonRules.Describe(d);

    public static string OrganisationType(OrganisationType t) => OrganisationRules.Describe(t);

    public static string Sector(Sector s) => OrganisationRules.Describe(s);

    /// <summary>"Thursday 3 December 2026" (UK date of the session's start).</summary>
    public static string Date(DateTime utc) => UkTime.FromUtc(utc).ToString("dddd d MMMM yyyy", British);

    public static string Hours(decimal hours) => hours.ToString("0.##", British);

    /// <summary>One decimal place, or a dash when there is nothing to average.</summary>
    public static string Mean(double? value) => value is { } v ? v.ToString("0.0", British) : "–";

    public static string Percent(int part, int whole) => whole == 0 ? "–" : (100.0 * part / whole).ToString("0", British) + "%";
}
