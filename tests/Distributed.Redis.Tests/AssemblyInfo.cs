// Fixtures run side by side: each test's processes mostly wait on Redis and on each other, so a few fixtures at once
// keep the whole suite short; two at a time, because starting .NET processes is what loads two cores, and a process
// starved of CPU past its heartbeat timeout would be taken for dead.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
