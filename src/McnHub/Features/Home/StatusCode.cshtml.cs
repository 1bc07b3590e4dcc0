using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Home;

[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Heading, Message) = code switch
        {
            404 => ("Page not found", "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address."),
            403 => ("You do not have permission to do that", "Ask the network co-ordinator if you think you should."),
            400 => ("Sorry, that request could not be handled", "The form may have expired. Go back, refresh the page and try again."),
            _ => ("Sorry, there is a problem", "Try again later."),
        };
    }
}
