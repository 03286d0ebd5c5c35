using BazaarVid.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Run one class:   dotnet run -c Release --project benchmarks/BazaarVid.Benchmarks -- --filter '*ContextLoad*'
// Quick mode:      dotnet run -c Release --project benchmarks/BazaarVid.Benchmarks -- --quick --filter '*'
// Any BenchmarkDotNet argument works (--list flat, --join, --exporters …).
var quick = args.Contains("--quick", StringComparer.Ordinal);
var rest = args.Where(a => a != "--quick").ToArray();
IConfig config = quick ? BenchmarkConfigs.Quick() : BenchmarkConfigs.Full();
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfigs).Assembly).Run(rest, config);
