using System.Net;
using McnHub.Features.Training.Demo;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Training.Materials;

public sealed class DemoMaterialTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Demo_courses_carry_a_public_link_restricted_materials_and_a_downloadable_pdf_handout()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await DemoTrainingMaterials.SeedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<FileStore>());
        }

        var materials = await factory.WithDbAsync(db => db.Set<CourseMaterial>().AsNoTracking().Include(m => m.File).ToListAsync());
        var handout = materials.First(m => m.Kind == MaterialKind.File);
        var download = await factory.CreateBrowserClient().GetAsync($"/training/materials/{handout.Id}");

        Assert.Contains(materials, m => m.Kind == MaterialKind.Link && m.Visibility == MaterialVisibility.Everyone);
        Assert.Contains(materials, m => m.Kind == MaterialKind.Recording && m.Visibility == MaterialVisibility.Attendees && m.DurationMinutes > 0);
        Assert.Contains(materials, m => m.Visibility == MaterialVisibility.SignedIn);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await download.Content.ReadAsByteArrayAsync())[..4]));
    }
}
