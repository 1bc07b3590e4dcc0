using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Governance.Groups;

public interface IGroupFormPage
{
    GroupInput Input { get; }

    IEnumerable<SelectListItem> ParentItems { get; }
}
