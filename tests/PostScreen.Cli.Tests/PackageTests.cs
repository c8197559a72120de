using System.Diagnostics;

namespace PostScreen.Cli.Tests;

/// <summary>
/// Packs the library and the tool, installs the tool into a temporary tool path from the local
/// package folder (with its own package cache, so no stale copy is used), and runs it on a file
/// exactly as a user would.
/// </summary>
public sealed class PackageTests
{
    [Fact]
    public void Packed_tool_installs_and_screens_a_file()
    {
        var work = Directory.CreateTempSubdirectory("postscreen-pack-").FullName;
        try
        {
            var packages = Path.Combine(work, "packages");
            var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work, "nuget-cache") };
            // A separate artifacts path: packing must not rebuild over the assemblies this test run has loaded.
            var artifacts = Path.Combine(work, "artifacts");
            Run("dotnet", ["pack", Path.Combine(RepoPaths.Root, "src", "PostScreen", "PostScreen.csproj"), "-c", "Release", "-o", packages, "--artifacts-path", artifacts], work, env);
            Run("dotnet", ["pack", Path.Combine(RepoPaths.Root, "src", "PostScreen.Cli", "PostScreen.Cli.csproj"), "-c", "Release", "-o", packages, "--artifacts-path", artifacts], work, env);
            Assert.True(File.Exists(Path.Combine(packages, "PostScreen.0.1.0.nupkg")));
            Assert.True(File.Exists(Path.Combine(packages, "PostScreen.0.1.0.snupkg")));
            using (var library = System.IO.Compression.ZipFile.OpenRead(Path.Combine(packages, "PostScreen.0.1.0.nupkg")))
            {
                Assert.Contains(library.Entries, e => e.FullName == "README.md");
                Assert.Contains(library.Entries, e => e.FullName == "lib/net10.0/PostScreen.xml");
            }

            var tools = Path.Combine(work, "tools");
            Run("dotnet", ["tool", "install", "PostScreen.Cli", "--tool-path", tools, "--add-source", packages, "--version", "0.1.0"], work, env);
            File.WriteAllText(Path.Combine(work, "post.md"), "My patient Mrs. Alvarez was admitted with sepsis.\n");
            var (exit, stdout) = Run(Path.Combine(tools, "postscreen"), ["check", "post.md"], work, env, expectSuccess: false);
            Assert.Equal(1, exit);
            Assert.Contains("post.md:1:17: error PS1001: Name A****** is linked to a patient", stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static (int Exit, string Stdout) Run(string file, string[] args, string cwd, Dictionary<string, string> env, bool expectSuccess = true)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in env)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{file} {string.Join(' ', args)} timed out");
        if (expectSuccess)
        {
            Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}: {stdout.Result}{stderr.Result}");
        }

        return (process.ExitCode, stdout.Result);
    }
}
