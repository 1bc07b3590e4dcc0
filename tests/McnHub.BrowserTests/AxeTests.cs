using McnHub.BrowserTests.Support;

namespace McnHub.BrowserTests;

/// <summary>The checks the other tests rely on must themselves be able to fail.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Axe_reports_an_image_without_alternative_text_and_a_field_without_a_label()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync(
            """
            () => {
              const main = document.querySelector('main');
              main.insertAdjacentHTML('beforeend', '<img src="/assets/images/favicon.svg"><input id="unlabelled" type="text">');
            }
            """);

        var violations = await Axe.RunAsync(page);

        Assert.Contains(violations, v => v.Id == "image-alt" && v.Targets.Contains("img"));
        Assert.Contains(violations, v => v.Id == "label" && v.Targets.Contains("#unlabelled"));
        var failure = await Assert.ThrowsAnyAsync<Exception>(page.AssertNoAxeViolationsAsync);
        Assert.Contains("image-alt", failure.Message);
    }

    [Fact]
    public async Task A_script_error_on_the_page_is_reported()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        // The second timer fires after the first has thrown, so the error event reaches the test before the answer.
        await page.EvaluateAsync("() => new Promise(done => { setTimeout(() => { throw new Error('boom'); }); setTimeout(done, 10); })");

        var failure = Assert.ThrowsAny<Exception>(page.AssertNoBrowserErrors);
        Assert.Contains("boom", failure.Message);
    }

    [Fact]
    public async Task The_sideways_scroll_check_reports_what_widens_the_page_but_not_a_table_scrolling_in_its_wrapper()
    {
        var page = await NewPageAsync(width: 320, height: 640);
        await page.GotoAsync("/");
        await page.EvaluateAsync(
            """
            () => document.querySelector('main').insertAdjacentHTML('beforeend',
              '<div class="mcn-table-wrap"><table class="nhsuk-table"><caption>Wide</caption><tr><th>' + 'x'.repeat(40) + '</th><td><span class="nhsuk-u-visually-hidden">hidden text far to the right</span>' + 'y'.repeat(40) + '</td></tr></table></div>')
            """);
        Assert.Null(await page.SidewaysOverflowAsync());

        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<p id=\"too-wide\">' + 'z'.repeat(80) + '</p>')");

        var overflow = await page.SidewaysOverflowAsync();
        Assert.NotNull(overflow);
        Assert.Contains("p#too-wide", overflow);
    }
}
