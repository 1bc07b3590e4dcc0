using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.MyLearning;

/// <summary>A person's bookings, attendance, certificates and CPD hours; exportable; their personal calendar feed.</summary>
public sealed class IndexModel(AppDbContext db, TrainingMail mail) : PageModel
{
    public sealed record Row(int BookingId, int SessionId, string Title, DateTime StartsAt, BookingStatus Status, AttendanceOutcome? Attendance, decimal CpdHours, string? CertificateCode, string? OfferCode);

    public List<Row> Rows { get; private set; } = [];

    public decimal CpdHours => Rows.Where(r => r.Attendance == AttendanceOutcome.Attended).Sum(r => r.CpdHours);

    public string? FeedUrl { get; private set; }

    public bool HasPerson { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken ct)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return BadRequest();
        }

        await LoadAsync(ct);
        var table = new Table("My learning", ["Session", "Date", "Status", "Attendance", "CPD hours", "Certificate"],
            Rows.Select(r => (IReadOnlyList<object?>)[r.Title, Account.UkTime.Date(r.StartsAt), TrainingText.Status(r.Status),
                r.Attendance is { } a ? TrainingText.Attendance(a) : "", r.Attendance == AttendanceOutcome.Attended ? r.CpdHours : 0m, r.CertificateCode ?? ""]).ToList());
        return TabularExport.File(table, format);
    }

    /// <summary>Creates (or replaces, revoking old subscriptions) the secret address of the personal calendar feed.</summary>
    public async Task<IActionResult> OnPostFeedAsync(CancellationToken ct)
    {
        if (TrainingUser.PersonId(User) is not { } me)
        {
            return Forbid();
        }

        var token = await db.Set<LearnerCalendarToken>().FirstOrDefaultAsync(t => t.PersonId == me, ct);
        if (token is null)
        {
            db.Add(new LearnerCalendarToken { PersonId = me, Token = TrainingCodes.New(32), CreatedAt = DateTime.UtcNow });
        }
        else
        {
            token.Token = TrainingCodes.New(32);
            token.CreatedAt = DateTime.UtcNow;
        }

        await db.SaveChangesAsync(ct);
        TempData["Success"] = "Your calendar address is ready. Any address you made before no longer works.";
        return Redirect("/my-learning");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = TrainingUser.PersonId(User);
        HasPerson = me is not null;
        if (me is null)
        {
            return;
        }

        Rows = await db.Set<Booking>().AsNoTracking().Where(b => b.PersonId == me)
            .OrderByDescending(b => b.Session!.StartsAt)
            .Select(b => new Row(b.Id, b.SessionId, b.Session!.Title ?? b.Session.Course!.Title, b.Session.StartsAt, b.Status, b.Attendance,
                b.Session.Course!.CpdHours, b.CertificateRevokedAt == null ? b.CertificateCode : null, b.OfferCode))
            .ToListAsync(ct);
        var token = await db.Set<LearnerCalendarToken>().Where(t => t.PersonId == me).Select(t => t.Token).FirstOrDefaultAsync(ct);
        FeedUrl = token is null ? null : $"{mail.BaseUrl}/training/calendar/{token}.ics";
    }
}
