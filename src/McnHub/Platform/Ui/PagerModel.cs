using Microsoft.AspNetCore.Http.Extensions;

namespace McnHub.Platform.Ui;

/// <summary>What the _Pager partial needs: the page numbers and a link for each, keeping the other query values.</summary>
public sealed record PagerModel(int PageNumber, int TotalPages, int TotalItems, HttpRequest Request)
{
    public string LinkTo(int page)
    {
        var query = Request.Query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).ToList();
        query.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Request.Path + new QueryBuilder(query!).ToQueryString().Value;
    }

    public static PagerModel For<T>(Page<T> page, HttpRequest request) => new(page.PageNumber, page.TotalPages, page.TotalItems, request);
}
