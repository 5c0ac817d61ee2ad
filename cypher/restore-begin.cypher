// Marks a restore under way ($file, $startedAt), so a restore that is killed leaves a graph that says so.
CREATE (:RestoreRun {file: $file, startedAt: $startedAt})
