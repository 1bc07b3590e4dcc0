using System.ComponentModel.DataAnnotations;
using System.Globalization;
using McnHub.Features.Directory.Services;

namespace McnHub.Features.Directory.Editing;

/// <summary>
/// What the service form posts. Numbers and times are kept as the text typed, so a bad value is shown back
/// exactly as entered with a message of our own (not the model binder's).
/// </summary>
public sealed class ServiceForm
{
    public const int LocationRows = 3;

    [Range(1, int.MaxValue, ErrorMessage = "Choose the organisation that provides the service")]
    public int OrganisationId { get; set; }

    [Required(ErrorMessage = "Enter the name of the service")]
    [StringLength(ServiceRules.NameMaxLength, ErrorMessage = "Name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter a description of the service")]
    [StringLength(ServiceRules.DescriptionMaxLength, ErrorMessage = "Description must be 4,000 characters or fewer")]
    public string? Description { get; set; }

    public List<int> TypeIds { get; set; } = [];

    public string? MinimumAge { get; set; }

    public string? MaximumAge { get; set; }

    [StringLength(2000, ErrorMessage = "Conditions must be 2,000 characters or fewer")]
    public string? Conditions { get; set; }

    [StringLength(2000, ErrorMessage = "Eligibility must be 2,000 characters or fewer")]
    public string? Eligibility { get; set; }

    public List<int> AreaIds { get; set; } = [];

    public bool Is24x7 { get; set; }

    [StringLength(1000, ErrorMessage = "Out-of-hours arrangements must be 1,000 characters or fewer")]
    public string? OutOfHours { get; set; }

    /// <summary>Seven rows, Monday first.</summary>
    public List<DayHoursForm> Hours { get; set; } = [];

    /// <summary>Fixed rows; blank rows are ignored.</summary>
    public List<LocationForm> Locations { get; set; } = [];

    [StringLength(500, ErrorMessage = "Who can refer must be 500 characters or fewer")]
    public string? ReferralWho { get; set; }

    [StringLength(1000, ErrorMessage = "How to refer must be 1,000 characters or fewer")]
    public string? ReferralHow { get; set; }

    [StringLength(300, ErrorMessage = "Referral contact must be 300 characters or fewer")]
    public string? ReferralContact { get; set; }

    [StringLength(2000, ErrorMessage = "Referral criteria must be 2,000 characters or fewer")]
    public string? ReferralCriteria { get; set; }

    [StringLength(40, ErrorMessage = "Phone number must be 40 characters or fewer")]
    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string? Email { get; set; }

    [StringLength(300, ErrorMessage = "Website must be 300 characters or fewer")]
    public string? Website { get; set; }

    [StringLength(300, ErrorMessage = "Cost must be 300 characters or fewer")]
    public string? Cost { get; set; }

    public bool IsFree { get; set; } = true;

    [StringLength(300, ErrorMessage = "Languages must be 300 characters or fewer")]
    public string? Languages { get; set; }

    public ServiceStatus Status { get; set; } = ServiceStatus.Active;

    public int Version { get; set; }

    /// <summary>Pads the fixed rows (seven days, three locations) whatever was posted.</summary>
    public ServiceForm Normalise()
    {
        Hours = ServiceRules.Week.Select((day, i) => (i < Hours.Count ? Hours[i] : new DayHoursForm()) with { Day = day }).ToList();
        while (Locations.Count < LocationRows)
        {
            Locations.Add(new LocationForm());
        }

        Locations = Locations.Take(LocationRows).ToList();
        TypeIds = TypeIds.Distinct().ToList();
        AreaIds = AreaIds.Distinct().ToList();
        return this;
    }

    public static ServiceForm From(Service s)
    {
        var form = new ServiceForm
        {
            OrganisationId = s.OrganisationId,
            Name = s.Name,
            Description = s.Description,
            TypeIds = s.Types.Select(t => t.TaxonomyTermId).ToList(),
            MinimumAge = s.MinimumAge?.ToString(CultureInfo.InvariantCulture),
            MaximumAge = s.MaximumAge?.ToString(CultureInfo.InvariantCulture),
            Conditions = s.Conditions,
            Eligibility = s.Eligibility,
            AreaIds = s.Areas.Select(a => a.AreaId).ToList(),
            Is24x7 = s.Is24x7,
            OutOfHours = s.OutOfHours,
            ReferralWho = s.ReferralWho,
            ReferralHow = s.ReferralHow,
            ReferralContact = s.ReferralContact,
            ReferralCriteria = s.ReferralCriteria,
            Phone = s.Phone,
            Email = s.Email,
            Website = s.Website,
            Cost = s.Cost,
            IsFree = s.IsFree,
            Languages = s.Languages,
            Status = s.Status,
            Version = s.Version,
            Hours = ServiceRules.Week.Select(day => DayHoursForm.From(day, s.Hours.Where(h => h.Day == day).OrderBy(h => h.Opens))).ToList(),
            Locations = s.Locations.OrderBy(l => l.Id).Select(LocationForm.From).ToList(),
        };
        return form.Normalise();
    }

    /// <summary>Checks that need no database; keys are the form field names the error summary links to.</summary>
    public IEnumerable<(string Key, string Message)> Validate()
    {
        if (TypeIds.Count == 0)
        {
            yield return ("Input.TypeIds", "Choose at least one type of service");
        }

        var minError = ServiceRules.ParseAge("Minimum age", MinimumAge, out var min);
        var maxError = ServiceRules.ParseAge("Maximum age", MaximumAge, out var max);
        if (minError is not null)
        {
            yield return ("Input.MinimumAge", minError);
        }

        if (maxError is not null)
        {
            yield return ("Input.MaximumAge", maxError);
        }

        if (ServiceRules.AgeRangeError(min, max) is { } rangeError)
        {
            yield return ("Input.MinimumAge", rangeError);
        }

        if (!string.IsNullOrWhiteSpace(Website) && !ServiceRules.IsWebsite(Website))
        {
            yield return ("Input.Website", "Enter a website address starting https://, like https://www.example.org");
        }

        for (var d = 0; d < Hours.Count; d++)
        {
            foreach (var error in Hours[d].Validate($"Input.Hours[{d}]"))
            {
                yield return error;
            }
        }

        for (var l = 0; l < Locations.Count; l++)
        {
            foreach (var error in Locations[l].Validate($"Input.Locations[{l}]", l + 1))
            {
                yield return error;
            }
        }
    }

    public int? ParsedMinimumAge => ServiceRules.ParseAge("", MinimumAge, out var age) is null ? age : null;

    public int? ParsedMaximumAge => ServiceRules.ParseAge("", MaximumAge, out var age) is null ? age : null;

    /// <summary>Copies a valid form onto the service, updating child rows in place so the audit trail shows real changes.</summary>
    public void ApplyTo(Service s, DateTime now)
    {
        s.OrganisationId = OrganisationId;
        s.Name = Name!.Trim();
        s.Description = Description!.Trim();
        s.MinimumAge = ParsedMinimumAge;
        s.MaximumAge = ParsedMaximumAge;
        s.Conditions = Clean(Conditions);
        s.Eligibility = Clean(Eligibility);
        s.Is24x7 = Is24x7;
        s.OutOfHours = Clean(OutOfHours);
        s.ReferralWho = Clean(ReferralWho);
        s.ReferralHow = Clean(ReferralHow);
        s.ReferralContact = Clean(ReferralContact);
        s.ReferralCriteria = Clean(ReferralCriteria);
        s.Phone = Clean(Phone);
        s.Email = Clean(Email);
        s.Website = Clean(Website);
        s.Cost = Clean(Cost);
        s.IsFree = IsFree;
        s.Languages = Clean(Languages);
        s.Status = Status;
        s.UpdatedAt = now;

        s.Types.RemoveAll(t => !TypeIds.Contains(t.TaxonomyTermId));
        s.Types.AddRange(TypeIds.Where(id => s.Types.All(t => t.TaxonomyTermId != id)).Select(id => new ServiceType { TaxonomyTermId = id }));
        s.Areas.RemoveAll(a => !AreaIds.Contains(a.AreaId));
        s.Areas.AddRange(AreaIds.Where(id => s.Areas.All(a => a.AreaId != id)).Select(id => new ServiceArea { AreaId = id }));

        var periods = Hours.SelectMany(h => h.Periods().Select(p => (h.Day, p))).ToList();
        var hours = s.Hours.OrderBy(h => ServiceRules.WeekIndex(h.Day)).ThenBy(h => h.Opens).ToList();
        SyncRows(s.Hours, hours, periods, () => new OpeningHours(), (row, x) => (row.Day, row.Opens, row.Closes) = (x.Day, x.p.Opens, x.p.Closes));

        var locations = Locations.Where(l => !l.IsBlank).ToList();
        SyncRows(s.Locations, s.Locations.OrderBy(l => l.Id).ToList(), locations, () => new ServiceLocation(), (row, x) => x.ApplyTo(row));
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Row i of the form updates existing row i; extra existing rows go, extra form rows are added.</summary>
    private static void SyncRows<TRow, TValue>(List<TRow> owned, List<TRow> existing, List<TValue> values, Func<TRow> create, Action<TRow, TValue> apply)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var row = i < existing.Count ? existing[i] : create();
            apply(row, values[i]);
            if (i >= existing.Count)
            {
                owned.Add(row);
            }
        }

        foreach (var extra in existing.Skip(values.Count))
        {
            owned.Remove(extra);
        }
    }
}
