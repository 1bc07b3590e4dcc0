using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace McnHub.Features.Guidelines.Library;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>
/// Two versions' Markdown compared line by line (DiffPlex). The page marks lines with &lt;ins&gt;/&lt;del&gt; and words
/// ("Added", "Removed"), so the change is clear without colour.
/// </summary>
public static class VersionDiff
{
    public static IReadOnlyList<DiffLine> Lines(string older, string newer)
    {
        var model = InlineDiffBuilder.Diff(older.ReplaceLineEndings("\n"), newer.ReplaceLineEndings("\n"), ignoreWhiteSpace: false);
        return [.. model.Lines.Where(l => l.Type != ChangeType.Imaginary).Select(l => new DiffLine(
            l.Type switch
            {
                ChangeType.Inserted => DiffKind.Added,
                ChangeType.Deleted => DiffKind.Removed,
                _ => DiffKind.Same,
            },
            l.Text ?? ""))];
    }
}
