# Dot-sourced by the tests that prove a secret never reaches an output stream: everything Invoke-WithStreams captured,
# rendered the ways a user or a log could see it (formatted, as strings, as JSON, errors with exception, details and target).

function Get-StreamText {
    param([Parameter(Mandatory)] $Streams)
    $records = @($Streams.Output) + @($Streams.Error) + @($Streams.Warning) + @($Streams.Verbose) + @($Streams.Debug) +
        @($Streams.Information) + @($Streams.Progress)
    $parts = foreach ($r in $records) {
        if ($null -eq $r) { continue }
        $r | Out-String -Width 4096
        "$r"
        try { $r | ConvertTo-Json -Depth 4 -WarningAction SilentlyContinue } catch { }
        if ($r -is [System.Management.Automation.ErrorRecord]) {
            $r.Exception.ToString()
            "$($r.ErrorDetails)"
            $r.TargetObject | Out-String -Width 4096
        }
    }
    if ($Streams.Terminating) { $Streams.Terminating.ToString() }
    $parts -join "`n"
}
