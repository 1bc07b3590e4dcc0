using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Documents;

/// <summary>
/// A state-changing guideline form (approve, consult, review, retire) was posted with a version of the document or
/// of one of its versions that someone else has since changed. The page says so plainly and states where things
/// stand now; what the user typed stays in the form, which then carries the new versions so that a second post,
/// made knowingly, goes through.
/// </summary>
public static class GuidelineConflict
{
    public const string Message = "Someone else changed this guideline while you were";

    public static void Report(ModelStateDictionary state, string doing, GuidelineDocument now, GuidelineVersion? version = null)
    {
        var where = version is null
            ? $"the document is now {GuidelineText.Status(now.Status).ToLowerInvariant()}"
            : $"the document is now {GuidelineText.Status(now.Status).ToLowerInvariant()} and version {version.Number} is {GuidelineText.Status(version.Status).ToLowerInvariant()}";
        state.AddModelError("", $"{Message} {doing}: {where}. Nothing has been saved. Check the details below, then try again if it is still right.");
    }

    /// <summary>
    /// An answer to a consultation comment was posted with a version of the comment that someone else has since
    /// answered or changed. Said next to the answer, which stays as typed.
    /// </summary>
    public static void ReportAnswer(ModelStateDictionary state, string key, ConsultationComment now)
    {
        var what = now.IsOpen
            ? "Someone else changed this comment while you were answering it. Your answer has not been saved. Check the comment, then save your answer again if it is still right."
            : $"{now.AnsweredBy} answered this comment while you were answering it. Your answer has not been saved. Read their answer, then save yours again only if it should replace theirs.";
        state.AddModelError(key, what);
    }

    /// <summary>
    /// Saves the page's change; null when saved. When someone else changed the records since the form was shown, the
    /// change is forgotten and the page's records loaded afresh by <paramref name="reload"/> (which answers null, or
    /// what to answer instead when they are gone or no longer the user's); then <paramref name="redisplay"/> reports
    /// the conflict and shows the page again.
    /// </summary>
    public static async Task<IActionResult?> SaveAsync(AppDbContext db, Func<Task<IActionResult?>> reload, Func<IActionResult> redisplay, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await reload() ?? redisplay();
        }
    }

    /// <summary>Drops the posted versions so the form redisplays the current ones.</summary>
    public static void TakeVersions(ModelStateDictionary state, params string[] keys)
    {
        foreach (var key in keys)
        {
            state.Remove(key);
        }
    }
}
