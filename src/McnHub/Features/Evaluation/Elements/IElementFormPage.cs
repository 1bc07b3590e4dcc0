using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Evaluation.Elements;

public interface IElementFormPage
{
    ElementInput Input { get; }

    IReadOnlyList<SelectListItem> Combos { get; }
}
