using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Directory.Taxonomy;

/// <summary>What the create and edit pages share.</summary>
public abstract class TaxonomyFormPage(AppDbContext db) : PageModel
{
    protected AppDbContext Db => db;

    [BindProperty]
    public TaxonomyForm Input { get; set; } = new();

    /// <summary>Services using the term; its code is fixed when there are any.</summary>
    public int Usage { get; protected set; }

    public bool CodeFixed => Usage > 0;
}
