using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Members.Network;

/// <summary>Limits and wording for areas and the network settings.</summary>
public static partial class AreaRules
{
    public const int NameMaxLength = 120;
    public const int CodeMaxLength = 20;
    public const int MaxPopulation = 10_000_000;

    /// <summary>ONS and NHS codes are letters and digits, e.g. E54000062 or E06000018.</summary>
    [GeneratedRegex("^[A-Z0-9]{1,20}$")]
    public static partial Regex CodePattern();

    public static string Describe(AreaKind kind) => kind switch
    {
        AreaKind.IntegratedCareBoard => "Integrated care board",
        AreaKind.LocalAuthority => "Local authority",
        _ => kind.ToString(),
    };

    public static IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<AreaKind>().Select(k => new SelectListItem(Describe(k), k.ToString()));
}
