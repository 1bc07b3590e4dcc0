namespace McnHub.Platform.Ui;

/// <summary>One page of a list, with what a pager and an API envelope need.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalItems)
{
    public int TotalPages => TotalItems == 0 ? 1 : (int)Math.Ceiling(TotalItems / (double)PageSize);

    public bool HasPrevious => PageNumber > 1;

    public bool HasNext => PageNumber < TotalPages;
}

public static class Paging
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    public static int ClampPage(int? page) => page is null or < 1 ? 1 : page.Value;

    public static int ClampSize(int? size) => size is null or < 1 ? DefaultPageSize : Math.Min(size.Value, MaxPageSize);
}
