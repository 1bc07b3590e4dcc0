using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Members.Network;

/// <summary>What the shared area form (_AreaFields) needs from the create and edit pages.</summary>
public interface IAreaFormPage
{
    AreaInput Input { get; }

    IEnumerable<SelectListItem> ParentItems { get; }
}
