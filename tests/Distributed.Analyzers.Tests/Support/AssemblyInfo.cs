// The analyzer tests share no state: each builds its own compilation.
[assembly: Parallelizable(ParallelScope.Fixtures)]
