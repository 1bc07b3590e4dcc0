using System.Text.Json.Serialization;

namespace McnHub.Features.Interop.OpenReferral;

// The JSON shapes of Open Referral UK, UK profile 1.0 (the HSDS 1.1 UK application profile): field names are the
// profile's snake_case names; fields the network does not record are present as null so every object keeps one shape.

/// <summary>The paged envelope of every ORUK list.</summary>
public sealed record OrukPage<T>(
    [property: JsonPropertyName("total_items")] int TotalItems,
    [property: JsonPropertyName("total_pages")] int TotalPages,
    [property: JsonPropertyName("page_number")] int PageNumber,
    [property: JsonPropertyName("size")] int Size,
    [property: JsonPropertyName("first_page")] bool FirstPage,
    [property: JsonPropertyName("last_page")] bool LastPage,
    [property: JsonPropertyName("empty")] bool Empty,
    [property: JsonPropertyName("contents")] IReadOnlyList<T> Contents);

public sealed record OrukOrganization(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("logo")] string? Logo,
    [property: JsonPropertyName("uri")] string? Uri);

/// <summary>A service as listed by GET /services (the profile's summary subset).</summary>
public sealed record OrukServiceSummary(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("organization")] OrukOrganization Organization,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("fees")] string? Fees,
    [property: JsonPropertyName("accreditations")] string? Accreditations,
    [property: JsonPropertyName("deliverable_type")] string? DeliverableType,
    [property: JsonPropertyName("assured_date")] string? AssuredDate,
    [property: JsonPropertyName("attending_type")] string? AttendingType,
    [property: JsonPropertyName("attending_access")] string? AttendingAccess);

/// <summary>A service as returned by GET /services/{id}: the summary fields plus every related record, nested.</summary>
public sealed record OrukService(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("organization")] OrukOrganization Organization,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("fees")] string? Fees,
    [property: JsonPropertyName("accreditations")] string? Accreditations,
    [property: JsonPropertyName("deliverable_type")] string? DeliverableType,
    [property: JsonPropertyName("assured_date")] string? AssuredDate,
    [property: JsonPropertyName("attending_type")] string? AttendingType,
    [property: JsonPropertyName("attending_access")] string? AttendingAccess,
    [property: JsonPropertyName("contacts")] IReadOnlyList<OrukContact> Contacts,
    [property: JsonPropertyName("cost_options")] IReadOnlyList<OrukCostOption> CostOptions,
    [property: JsonPropertyName("eligibilitys")] IReadOnlyList<OrukEligibility> Eligibilitys,
    [property: JsonPropertyName("languages")] IReadOnlyList<OrukLanguage> Languages,
    [property: JsonPropertyName("regular_schedules")] IReadOnlyList<OrukRegularSchedule> RegularSchedules,
    [property: JsonPropertyName("service_areas")] IReadOnlyList<OrukServiceArea> ServiceAreas,
    [property: JsonPropertyName("service_at_locations")] IReadOnlyList<OrukServiceAtLocation> ServiceAtLocations,
    [property: JsonPropertyName("service_taxonomys")] IReadOnlyList<OrukServiceTaxonomy> ServiceTaxonomys);

public sealed record OrukContact(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("phones")] IReadOnlyList<OrukPhone> Phones);

public sealed record OrukPhone(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("language")] string? Language);

public sealed record OrukCostOption(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("valid_from")] string? ValidFrom,
    [property: JsonPropertyName("valid_to")] string? ValidTo,
    [property: JsonPropertyName("option")] string? Option,
    [property: JsonPropertyName("amount")] decimal? Amount,
    [property: JsonPropertyName("amount_description")] string? AmountDescription);

public sealed record OrukEligibility(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("eligibility")] string? Eligibility,
    [property: JsonPropertyName("minimum_age")] int? MinimumAge,
    [property: JsonPropertyName("maximum_age")] int? MaximumAge);

public sealed record OrukLanguage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("language")] string Language);

public sealed record OrukRegularSchedule(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("opens_at")] string OpensAt,
    [property: JsonPropertyName("closes_at")] string ClosesAt,
    [property: JsonPropertyName("valid_from")] string? ValidFrom,
    [property: JsonPropertyName("valid_to")] string? ValidTo,
    [property: JsonPropertyName("dtstart")] string? DtStart,
    [property: JsonPropertyName("freq")] string Freq,
    [property: JsonPropertyName("interval")] int Interval,
    [property: JsonPropertyName("byday")] string ByDay,
    [property: JsonPropertyName("bymonthday")] string? ByMonthDay,
    [property: JsonPropertyName("description")] string? Description);

public sealed record OrukServiceArea(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("service_area")] string ServiceArea,
    [property: JsonPropertyName("extent")] string? Extent,
    [property: JsonPropertyName("uri")] string? Uri);

public sealed record OrukServiceAtLocation(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("location")] OrukLocation Location,
    [property: JsonPropertyName("regular_schedules")] IReadOnlyList<OrukRegularSchedule> RegularSchedules);

public sealed record OrukLocation(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("latitude")] double? Latitude,
    [property: JsonPropertyName("longitude")] double? Longitude,
    [property: JsonPropertyName("physical_addresses")] IReadOnlyList<OrukPhysicalAddress> PhysicalAddresses);

public sealed record OrukPhysicalAddress(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("address_1")] string? Address1,
    [property: JsonPropertyName("city")] string? City,
    [property: JsonPropertyName("state_province")] string? StateProvince,
    [property: JsonPropertyName("postal_code")] string? PostalCode,
    [property: JsonPropertyName("country")] string Country);

public sealed record OrukServiceTaxonomy(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("taxonomy")] OrukTaxonomyTerm Taxonomy);

/// <summary>
/// A taxonomy term: the profile's "taxonomy" record (id, name, vocabulary, parent_id), plus <c>link</c>, the term's
/// URI in an external vocabulary where the co-ordinator recorded one.
/// </summary>
public sealed record OrukTaxonomyTerm(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("vocabulary")] string Vocabulary,
    [property: JsonPropertyName("parent_id")] string? ParentId,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("link")] string? Link);

/// <summary>A vocabulary (the network has one: its service types).</summary>
public sealed record OrukVocabulary(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("uri")] string? Uri);
