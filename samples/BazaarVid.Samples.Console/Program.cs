using System.CommandLine;
using BazaarVid.Samples.Console.Running;
using BazaarVid.Samples.Console.Sessions;

var output = new Option<string>("--out") { Description = "Output folder (scenes, session.json, assets).", DefaultValueFactory = _ => "out" };
var baseUrl = new Option<Uri?>("--openai-base-url") { Description = "An OpenAI-compatible endpoint; the key comes from OPENAI_API_KEY. Offline when absent." };
var model = new Option<string?>("--model") { Description = "The model id for --openai-base-url." };
var session = new Option<string?>("--session") { Description = "A session file (JSON Lines). Default: the shipped 30-prompt session." };
var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL connection string: every store on PostgreSQL; running twice resumes the session." };
var render = new Option<bool>("--render") { Description = "After the session, render stills with tools/scene-check and write out/index.html (needs node and chromium)." };

var root = new RootCommand("BazaarVid sample: runs a 30-prompt session through the SDK (offline by default).") { output, baseUrl, model, session, render, postgres };
root.SetAction(async (parse, cancellationToken) =>
{
    var settings = new SampleSettings(Path.GetFullPath(parse.GetValue(output)!), parse.GetValue(baseUrl), parse.GetValue(model), parse.GetValue(postgres));
    var exit = await SessionCommand.RunAsync(parse.GetValue(session) ?? SessionFile.Shipped, settings, cancellationToken);
    return exit == 0 && parse.GetValue(render) ? await RenderCommand.RunAsync(settings, cancellationToken) : exit;
});

var replayFile = new Argument<string>("session") { Description = "The session file (JSON Lines)." };
var replayOut = new Option<string>("--out") { Description = "The results file (JSON Lines).", Required = true };
var replay = new Command("replay", "Runs a session file and writes one JSON object per turn.") { replayFile, replayOut, baseUrl, model };
replay.SetAction((parse, cancellationToken) =>
{
    var results = parse.GetValue(replayOut)!;
    var work = Path.Combine(Path.GetTempPath(), "bazaarvid-replay-" + Guid.NewGuid().ToString("N"));
    return ReplayCommand.RunAsync(parse.GetValue(replayFile)!, results, new SampleSettings(work, parse.GetValue(baseUrl), parse.GetValue(model)), cancellationToken);
});

var sceneFile = new Argument<string>("scene") { Description = "A scene file (.tsx)." };
var assets = new Option<string[]>("--asset") { Description = "An asset URL the scene may use (repeatable).", AllowMultipleArgumentsPerToken = false };
var validate = new Command("validate", "Validates one scene file: asset URLs and the scene contract, printed as JSON.") { sceneFile, assets };
validate.SetAction(parse => ValidateCommand.Run(parse.GetValue(sceneFile)!, parse.GetValue(assets) ?? [], Console.Out, Console.Error));

root.Subcommands.Add(replay);
root.Subcommands.Add(validate);

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    return 2;
}

return await parsed.InvokeAsync();
