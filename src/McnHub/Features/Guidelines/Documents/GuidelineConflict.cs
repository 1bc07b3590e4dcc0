using Microsoft.AspNetCore.Mvc.ModelBinding;

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

    /// <summary>Drops the posted versions so the form redisplays the current ones.</summary>
    public static void TakeVersions(ModelStateDictionary state, params string[] keys)
    {
        foreach (var key in keys)
        {
            state.Remove(key);
        }
    }
}
