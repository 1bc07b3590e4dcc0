using System.Text.Json.Serialization;
using McnHub.Platform.Ui;

namespace McnHub.Features.Members.Organisations;

/// <summary>An organisation as the API shows it (never the EF entity). Phone and email are null unless the caller is signed in.</summary>
public sealed record OrganisationDto(
    int Id,
    string Name,
    string? OdsCode,
    [property: JsonConverter(typeof(JsonStringEnumConverter<OrganisationType>))] OrganisationType Type,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Sector>))] Sector Sector,
    string? AddressLine1,
    string? AddressLine2,
    string? Town,
    string? Postcode,
    string? Website,
    string? Phone,
    string? Email,
    [property: JsonConverter(typeof(JsonStringEnumConverter<MembershipStatus>))] MembershipStatus Status,
    DateOnly StatusSince,
    DateOnly? JoinedOn,
    DateOnly? LeftOn,
    IReadOnlyList<AreaRefDto> AreasServed);

public sealed record AreaRefDto(int Id, string Name);

/// <summary>One page of a list: the items and what a client needs to fetch the rest.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalItems, int TotalPages);

public static class PagedResponse
{
    public static PagedResponse<T> From<T>(Page<T> page) => new(page.Items, page.PageNumber, page.PageSize, page.TotalItems, page.TotalPages);
}

public static class OrganisationDtoMapping
{
    public static OrganisationDto ToDto(this Organisation o, bool includeContact) => new(
        o.Id,
        o.Name,
        o.OdsCode,
        o.Type,
        o.Sector,
        o.AddressLine1,
        o.AddressLine2,
        o.Town,
        o.Postcode,
        o.Website,
        includeContact ? o.Phone : null,
        includeContact ? o.Email : null,
        o.Status,
        o.StatusSince,
        o.JoinedOn,
        o.LeftOn,
        o.AreasServed.Where(a => a.Area is not null).Select(a => new AreaRefDto(a.AreaId, a.Area!.Name)).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList());
}
