using System.ComponentModel.DataAnnotations;

namespace McnHub.Features.Training.News;

public sealed class NewsInput
{
    [Required(ErrorMessage = "Enter a title")]
    [StringLength(200, ErrorMessage = "The title must be 200 characters or fewer")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Enter the text of the post")]
    [StringLength(20000, ErrorMessage = "The text must be 20,000 characters or fewer")]
    public string? Body { get; set; }

    public bool Publish { get; set; }

    public int Version { get; set; }
}
