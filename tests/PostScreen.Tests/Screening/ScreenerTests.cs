using System.Collections.Immutable;

namespace PostScreen.Tests.Screening;

/// <summary>The screener: verdicts, scores, fixes, configuration, extensibility and robustness.</summary>
public sealed class ScreenerTests
{
    private const string Story = "My 94-year-old patient Mrs. Alvarez was admitted on March 3, 2021. Her daughter's cell is (617) 555-2368.";

    [Fact]
    public void Story_blocks_with_ordered_diagnostics()
    {
        var result = Screen.Post(Story);
        Assert.Equal(Verdict.Block, result.Verdict);
        Assert.Equal(["PS1006", "PS1001", "PS1005", "PS1007"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(["94-year-old", "Alvarez", "March 3, 2021", "(617) 555-2368"], result.Diagnostics.Select(d => Story.Substring(d.Span.Start, d.Span.Length)));
        Assert.Equal([DiagnosticSeverity.Warning, DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Error], result.Diagnostics.Select(d => d.Severity));
        Assert.InRange(result.Score, 70, 100);
    }

    [Fact]
    public void Fixes_generalize_and_redact_and_the_fixed_text_rescreens_clean()
    {
        var fixedText = Screen.Post(Story).ApplyFixes();
        Assert.Equal("My 90 or older patient Mrs. [NAME] was admitted on 2021. Her daughter's cell is [PHONE].", fixedText);
        Assert.Empty(Screen.Phi(Screen.Post(fixedText)));
    }

    [Fact]
    public void Severity_configuration_changes_and_suppresses_by_id_and_category()
    {
        var screener = PostScreener.CreateBuilder()
            .WithSeverity("PS1005", ReportDiagnostic.Error)
            .WithSeverity("PS1007", ReportDiagnostic.Suppress)
            .Build();
        var result = screener.Screen(Story);
        Assert.Equal(DiagnosticSeverity.Error, result.Diagnostics.Single(d => d.Id == "PS1005").Severity);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PS1007");

        // Without the post-level detectors, whose anecdote finding (PS2001) is not in category phi.
        var quiet = PostScreener.CreateBuilder().WithCategorySeverity("phi", ReportDiagnostic.Info).DisablePostLevelDetectors().Build().Screen(Story);
        Assert.Equal(Verdict.Pass, quiet.Verdict);
        Assert.All(quiet.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public void Deny_list_allow_list_and_custom_pattern_extend_without_forking()
    {
        var screener = PostScreener.CreateBuilder()
            .AddDenyList(EntityKind.Name, ["Jolene Whitfield"])
            .AddAllowList(["(617) 555-2368"])
            .AddPattern(EntityKind.Mrn, @"\bH-\d{6}\b")
            .Build();
        var result = screener.Screen("Jolene Whitfield went home. Ref H-123456. Call (617) 555-2368.");
        Assert.Contains(result.Diagnostics, d => d.Id == "PS1001" && d.Span == new TextSpan(0, 16));
        Assert.Contains(result.Diagnostics, d => d.Id == "PS1011" && d.Span == new TextSpan(32, 8));
        Assert.Contains(result.Diagnostics, d => d.Id == "PS1500" && d.Entity == "PHONE");
    }

    [Fact]
    public void Backtracking_constructs_are_rejected_with_a_clear_error()
    {
        var ex = Assert.Throws<ArgumentException>(() => PostScreener.CreateBuilder().AddPattern(EntityKind.Mrn, @"(a)\1"));
        Assert.Contains("non-backtracking", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_analyzer_registers_actions_and_its_failure_is_reported_not_thrown()
    {
        var screener = PostScreener.CreateBuilder().AddAnalyzer(new ThrowingAnalyzer()).Build();
        var result = screener.Screen("My patient Mrs. Alvarez was admitted.");
        var failure = Assert.Single(result.Diagnostics, d => d.Id == "PS0005");
        Assert.Equal("ThrowingAnalyzer failed on this post (InvalidOperationException); its findings are missing", failure.Message);
        Assert.Contains(result.Diagnostics, d => d.Id == "PS1001");
    }

    [Fact]
    public void Long_posts_are_truncated_with_ps0004()
    {
        var screener = PostScreener.CreateBuilder().WithMaxLength(100).Build();
        var result = screener.Screen(new string('a', 250));
        Assert.True(result.IsTruncated);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("PS0004", d.Id);
        Assert.Equal(new TextSpan(100, 150), d.Span);
        Assert.Equal(Verdict.Review, result.Verdict);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("\0\0\0\uFFFD\uD800")]
    [InlineData("@@@@@@@@@@@@@@@@")]
    [InlineData("Mr. Mr. Mr. Mr. Mr. Mr.")]
    [InlineData("::::::::1:2:3:4:5:6:7:8:9")]
    [InlineData("My ٩٤-year-old patient, aged ٩١, admitted ١١/٠٢")]
    public void Garbage_never_throws(string? text)
    {
        // The last is a patient story (PS2001, on by default) whose digits are not ASCII: no identifier.
        var result = PostScreener.Default.Screen(text);
        Assert.Empty(Screen.Phi(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PS0005");
    }

    [Fact]
    public void Adversarial_inputs_complete()
    {
        foreach (var chunk in new[] { "1", "@", "a.a.", "Mr. ", "1-", "(5", "x@y." })
        {
            var text = string.Concat(Enumerable.Repeat(chunk, 100_000 / chunk.Length));
            var result = PostScreener.Default.Screen(text);
            Assert.Equal(text, result.Text);
        }
    }

    [Fact]
    public void Screening_is_deterministic_and_thread_safe()
    {
        var texts = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? Story : "Great talk by Dr. Chen today.").ToArray();
        var parallel = PostScreener.Default.ScreenMany(texts, maxDegreeOfParallelism: 4);
        for (var i = 0; i < texts.Length; i++)
        {
            var sequential = PostScreener.Default.Screen(texts[i]);
            Assert.Equal(sequential.Diagnostics.Select(d => d.ToString()), parallel[i].Diagnostics.Select(d => d.ToString()));
        }
    }

    [Fact]
    public void Messages_and_fixes_built_on_first_read_are_the_same_from_every_thread_and_survive_severity_changes()
    {
        // Messages and fixes are built when first read; racing readers must all see the same masked text.
        var phone = PostScreener.Default.Screen(Story).Diagnostics.Single(d => d.Id == "PS1007");
        var messages = new string[16];
        var fixes = new string[16];
        Parallel.For(0, 16, i =>
        {
            messages[i] = phone.Message;
            fixes[i] = string.Join("|", phone.Fixes.Select(f => f.Replacement));
        });
        Assert.All(messages, m => Assert.Equal("Phone number (617) ***-**68 is linked to a patient", m));
        Assert.All(fixes, f => Assert.Equal("[PHONE]", f));

        var info = phone.WithSeverity(DiagnosticSeverity.Info);
        Assert.Equal(phone.Message, info.Message);
        Assert.Equal("[PHONE]", Assert.Single(info.Fixes).Replacement);

        var date = PostScreener.Default.Screen(Story).Diagnostics.Single(d => d.Id == "PS1005");
        Assert.Equal(["2021", "[DATE]"], date.WithSeverity(DiagnosticSeverity.Error).Fixes.Select(f => f.Replacement));
    }

    [Fact]
    public void Descriptor_catalogue_has_stable_ids_and_help_links()
    {
        Assert.Equal("PS1012", Descriptors.ForEntity(EntityKind.HealthPlan).Id);
        Assert.Equal(DiagnosticSeverity.Warning, Descriptors.ForEntity(EntityKind.Date).DefaultSeverity);
        Assert.Equal(DiagnosticSeverity.Error, Descriptors.ForEntity(EntityKind.Ssn).DefaultSeverity);
        Assert.All(Descriptors.All, d => Assert.EndsWith($"docs/rules/{d.Id}.md", d.HelpLinkUri, StringComparison.Ordinal));
        Assert.Equal(Descriptors.All.Count, Descriptors.All.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void An_analyzer_that_screens_another_post_leaves_both_results_whole()
    {
        // Screening keeps a per-thread list of findings; a screening started from inside an analyzer
        // must not share it with the one that is running.
        var inner = new ScreeningAnalyzer();
        var result = PostScreener.CreateBuilder().DisablePostLevelDetectors().AddAnalyzer(inner).Build().Screen(Story);
        Assert.Equal(["PS1006", "PS1001", "PS1005", "PS1007"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(["PS1007"], inner.Inner!.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_context_kept_past_its_post_refuses_to_report_and_later_posts_are_unaffected()
    {
        // The findings' and candidates' lists go to the thread's next post; an extension that kept
        // its context is told so instead of writing into another post's results.
        var keeper = new KeepingAnalyzer();
        var recognizer = new KeepingRecognizer();
        var screener = PostScreener.CreateBuilder().DisablePostLevelDetectors().AddAnalyzer(keeper).AddRecognizer(recognizer).Build();
        screener.Screen("Nothing here.");
        var late = Diagnostic.Create(keeper.SupportedDiagnostics[0], new TextSpan(0, 1), 1, "late");
        var error = Assert.Throws<InvalidOperationException>(() => keeper.Kept!.ReportDiagnostic(late));
        Assert.Equal("This post's screening has finished; report diagnostics only while the analyzer's action runs.", error.Message);
        Assert.Throws<ObjectDisposedException>(() => recognizer.Kept!.Report(EntityKind.Name, new TextSpan(0, 4), 0.9));

        var next = screener.Screen(Story);
        Assert.Equal(["PS1006", "PS1001", "PS1005", "PS1007"], next.Diagnostics.Select(d => d.Id));
    }

    private sealed class KeepingAnalyzer : DiagnosticAnalyzer
    {
        public PostAnalysisContext? Kept { get; private set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new DiagnosticDescriptor("X9001", "Kept", "{0}", "custom", DiagnosticSeverity.Warning, "none")];

        public override void Initialize(AnalysisContext context) => context.RegisterPostAction(c => Kept ??= c);
    }

    private sealed class KeepingRecognizer : Recognizer
    {
        public RecognitionContext? Kept { get; private set; }

        public override string Name => "keeping";

        public override void Recognize(RecognitionContext context) => Kept ??= context;
    }

    private sealed class ScreeningAnalyzer : DiagnosticAnalyzer
    {
        public ScreeningResult? Inner { get; private set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterPostAction(_ => Inner = PostScreener.CreateBuilder().DisablePostLevelDetectors().Build().Screen("Patient's cell is (617) 555-2368."));
    }

    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

        public override void Initialize(AnalysisContext context) => context.RegisterPostAction(_ => throw new InvalidOperationException("boom"));
    }
}
