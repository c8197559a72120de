// A user's app: build a screener once, then screen drafts as they are written.
using PostScreen;

var screener = PostScreener.CreateBuilder()
    .AddAllowList(["(617) 555-0100"])               // our clinic's published number
    .AddDenyList(EntityKind.Name, ["Jolene Whitfield"]) // a patient we never want named
    .Build();

string[] drafts = args.Length > 0
    ? args
    :
    [
        "Reminder: flu shots are walk-in this week. Questions? Call our clinic at (617) 555-0100.",
        "Great talk by Dr. Chen on sepsis bundles at grand rounds today.",
        "My 94-year-old patient Mrs. Alvarez was admitted on March 3 with sepsis. Her daughter's cell is (617) 555-2368.",
        "Jolene Whitfield finally went home after 3 weeks in the ICU.",
    ];

foreach (var draft in drafts)
{
    var result = screener.Screen(draft);
    Console.WriteLine($"{result.Verdict,-6} {result.Score,3}  {draft}");
    foreach (var d in result.Diagnostics)
    {
        Console.WriteLine($"         {d.Id} {d.Severity,-7} [{d.Span.Start},{d.Span.End}) {d.Message}");
    }

    if (result.Verdict != Verdict.Pass)
    {
        Console.WriteLine($"         fixed: {result.ApplyFixes()}");
    }
}
