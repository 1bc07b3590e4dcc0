using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace McnHub.Tests.Features.Members.Agreements;

/// <summary>A file a test attaches to a form, as a browser would send it.</summary>
public sealed record Upload(string FieldName, string FileName, byte[] Content, string ContentType = "application/octet-stream");

/// <summary>
/// Posts a form as multipart/form-data (what a browser sends for enctype="multipart/form-data"): the form's
/// own fields (antiforgery token included) plus the given values and, optionally, a file.
/// </summary>
public static class MultipartForms
{
    public static async Task<HttpResponseMessage> SubmitMultipartAsync(this HttpClient client, IDocument page, IDictionary<string, string> values, Upload? file = null, string formSelector = "main form")
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in FieldsOf(form, values).Concat(values.Select(v => (v.Key, v.Value))))
        {
            content.Add(new StringContent(value), name);
        }

        if (file is not null)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.FieldName, file.FileName);
        }

        // The action attribute as written (a local path, maybe with a query), else the page's own address.
        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? new Uri(page.Url).PathAndQuery : action, content);
    }

    private static IEnumerable<(string Name, string Value)> FieldsOf(IHtmlFormElement form, IDictionary<string, string> overrides)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !overrides.ContainsKey(input.Name!):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            yield return (input.Name!, input.Value);
                        }
                    }
                    else if (input.Type is not ("file" or "submit" or "button"))
                    {
                        yield return (input.Name!, input.Value);
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !overrides.ContainsKey(area.Name!):
                    yield return (area.Name!, area.Value);
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !overrides.ContainsKey(select.Name!):
                    foreach (var option in select.SelectedOptions)
                    {
                        yield return (select.Name!, option.Value);
                    }

                    break;
            }
        }
    }
}
