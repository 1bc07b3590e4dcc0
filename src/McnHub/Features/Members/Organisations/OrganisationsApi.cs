using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using McnHub.Features.Members.Network;
using McnHub.Platform.Data;
using McnHub.Platform.Ui;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Organisations;

/// <summary>The public organisations API: <c>/api/v1/organisations</c> (paged, filtered) and <c>/api/v1/organisations/{id}</c>.</summary>
public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organisations").WithTags("Organisations").AllowAnonymous();
        group.MapGet("/", ListAsync)
            .WithName("ListOrganisations")
            .WithSummary("List organisations")
            .WithDescription("Organisations of the network, paged and ordered by name. Every status is included unless `status` is given. Phone and email are only included for signed-in callers.");
        group.MapGet("/{id:int}", GetAsync)
            .WithName("GetOrganisation")
            .WithSummary("Get one organisation")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<PagedResponse<OrganisationDto>>, ValidationProblem>> ListAsync(
        AppDbContext db,
        ClaimsPrincipal user,
        [Description("Part of the name, ODS code or town, any case")] string? q,
        [Description("TertiaryChildrensHospital, DistrictGeneralHospital, CommunityChildrensNursing, ChildrensHospice, Charity, Commissioner or Other")] string? type,
        [Description("Nhs or NonNhs")] string? sector,
        [Description("An area id or name: organisations serving it or any area within it")] string? area,
        [Description("Prospective, Member, Lapsed or Left (all when absent)")] string? status,
        [Description("Page number, from 1")] int? page,
        [Description("Items per page, 1 to 200 (default 25)")] int? pageSize,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        OrganisationType? typeValue = null;
        Sector? sectorValue = null;
        MembershipStatus? statusValue = null;
        int? areaId = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            if (Enum.TryParse<OrganisationType>(type, ignoreCase: true, out var t) && Enum.IsDefined(t) && !int.TryParse(type, out _))
            {
                typeValue = t;
            }
            else
            {
                errors["type"] = [$"Unknown type \"{type}\". Use one of: {string.Join(", ", Enum.GetNames<OrganisationType>())}."];
            }
        }

        if (!string.IsNullOrWhiteSpace(sector))
        {
            if (Enum.TryParse<Sector>(sector, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(sector, out _))
            {
                sectorValue = s;
            }
            else
            {
                errors["sector"] = [$"Unknown sector \"{sector}\". Use one of: {string.Join(", ", Enum.GetNames<Sector>())}."];
            }
        }

        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<MembershipStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _))
            {
                statusValue = s;
            }
            else
            {
                errors["status"] = [$"Unknown status \"{status}\". Use one of: {string.Join(", ", Enum.GetNames<MembershipStatus>())}."];
            }
        }

        if (!string.IsNullOrWhiteSpace(area))
        {
            var trimmed = area.Trim();
            var lower = trimmed.ToLowerInvariant();
            areaId = int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? await db.Set<Area>().Where(a => a.Id == id).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
                : await db.Set<Area>().Where(a => a.Name.ToLower() == lower).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            if (areaId is null)
            {
                errors["area"] = [$"No area \"{area}\". Use an area id or name from the network."];
            }
        }

        if (page is < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (pageSize is < 1 or > Paging.MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {Paging.MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The filter is not valid");
        }

        var query = new OrganisationQuery
        {
            Search = q,
            Type = typeValue,
            Sector = sectorValue,
            AreaId = areaId,
            Statuses = statusValue is { } one ? [one] : null,
        };
        var filtered = await query.ApplyAsync(db, ct);
        var size = Paging.ClampSize(pageSize);
        var number = Paging.ClampPage(page);
        var total = await filtered.CountAsync(ct);
        var items = await filtered.Skip((number - 1) * size).Take(size).Include(o => o.AreasServed).ThenInclude(a => a.Area).AsSplitQuery().ToListAsync(ct);
        var includeContact = user.Identity?.IsAuthenticated == true;
        var result = new Page<OrganisationDto>(items.Select(o => o.ToDto(includeContact)).ToList(), number, size, total);
        return TypedResults.Ok(PagedResponse.From(result));
    }

    public static async Task<Results<Ok<OrganisationDto>, ProblemHttpResult>> GetAsync(int id, AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var organisation = await db.Set<Organisation>().AsNoTracking()
            .Include(o => o.AreasServed).ThenInclude(a => a.Area)
            .FirstOrDefaultAsync(o => o.Id == id, ct);
        return organisation is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Organisation not found", detail: $"There is no organisation with id {id}.")
            : TypedResults.Ok(organisation.ToDto(user.Identity?.IsAuthenticated == true));
    }
}
