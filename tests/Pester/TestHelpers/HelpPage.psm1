# Reads the PlatyPS cmdlet pages under docs/en-US (the source the MAML is built from), so tests can hold them against
# the cmdlets the engine loaded. Line-based and fence-aware: a "# comment" inside a code block is never a heading.

Set-StrictMode -Version Latest

function Get-HelpDocsFolder {
    [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..', '..', 'docs', 'en-US'))
}

function Get-HelpPagePath {
    <# The cmdlet pages of the docs folder (not _template.md, about_* topics or a README), in ordinal order. #>
    param([string] $Folder = (Get-HelpDocsFolder))
    [System.IO.Directory]::GetFiles($Folder, '*.md') |
        Where-Object {
            $n = [System.IO.Path]::GetFileName($_)
            -not $n.StartsWith('_') -and -not $n.StartsWith('about_', [StringComparison]::OrdinalIgnoreCase) -and $n -ne 'README.md'
        } |
        Sort-Object { [System.IO.Path]::GetFileName($_) } -Culture ([cultureinfo]::InvariantCulture) -CaseSensitive
}

function Read-HelpPage {
    <#
    .SYNOPSIS
    One page: Name, Synopsis, Description (lines), Syntax (ParameterSetName, IsDefault, Code), Examples (Title, Code,
    Remarks) and Parameters (Name, Description lines, Sets: one ordered dictionary per ```yaml block, plus Type and
    Aliases of the first block).
    #>
    param([Parameter(Mandatory)] [string] $Path)
    $lines = [System.IO.File]::ReadAllLines($Path)
    $page = [pscustomobject]@{
        Path = $Path; Name = $null; Synopsis = ''; Description = [System.Collections.Generic.List[string]]::new()
        Syntax = [System.Collections.Generic.List[object]]::new(); Examples = [System.Collections.Generic.List[object]]::new()
        Parameters = [System.Collections.Generic.List[object]]::new(); HasCommonParameters = $false
    }
    $i = 0
    if ($lines.Count -gt 0 -and $lines[0] -eq '---') {
        $i = 1
        while ($i -lt $lines.Count -and $lines[$i] -ne '---') { $i++ }
        $i++
    }
    $section = $null; $item = $null; $fence = $null; $fenceLines = $null; $synopsis = @()
    for (; $i -lt $lines.Count; $i++) {
        $line = $lines[$i]
        if ($null -ne $fence) {
            if ($line.TrimEnd() -eq '```') {
                Complete-Fence $section $item $fence ($fenceLines -join "`n")
                $fence = $null
            }
            else { $fenceLines.Add($line) }
            continue
        }
        if ($line -match '^```(\S*)\s*$') { $fence = $Matches[1]; $fenceLines = [System.Collections.Generic.List[string]]::new(); continue }
        if ($line -match '^# (.+)$') { $page.Name = $Matches[1].Trim(); continue }
        if ($line -match '^## (.+)$') { $section = $Matches[1].Trim().ToUpperInvariant(); $item = $null; continue }
        if ($line -match '^### (.+)$') {
            $heading = $Matches[1].Trim()
            $item = switch ($section) {
                'SYNTAX' {
                    $s = [pscustomobject]@{ ParameterSetName = ($heading -replace '\s*\(Default\)$', ''); IsDefault = $heading -match '\(Default\)$'; Code = $null }
                    $page.Syntax.Add($s); $s
                }
                'EXAMPLES' {
                    $e = [pscustomobject]@{ Title = $heading; Code = $null; Remarks = [System.Collections.Generic.List[string]]::new() }
                    $page.Examples.Add($e); $e
                }
                'PARAMETERS' {
                    if ($heading -eq 'CommonParameters') { $page.HasCommonParameters = $true; $null }
                    else {
                        $p = [pscustomobject]@{ Name = $heading.TrimStart('-'); Description = [System.Collections.Generic.List[string]]::new(); Sets = [System.Collections.Generic.List[object]]::new() }
                        $p | Add-Member ScriptProperty Type { if ($this.Sets.Count) { $this.Sets[0]['Type'] } }
                        $p | Add-Member ScriptProperty Aliases { if ($this.Sets.Count) { @(Split-HelpList $this.Sets[0]['Aliases']) } else { @() } }
                        $page.Parameters.Add($p); $p
                    }
                }
                default { $null }
            }
            continue
        }
        if (-not $line.Trim()) { continue }
        switch ($section) {
            'SYNOPSIS' { $synopsis += $line.Trim() }
            'DESCRIPTION' { $page.Description.Add($line.Trim()) }
            'EXAMPLES' { if ($item) { $item.Remarks.Add($line.Trim()) } }
            'PARAMETERS' { if ($item -and $item.Sets.Count -eq 0) { $item.Description.Add($line.Trim()) } }
        }
    }
    $page.Synopsis = $synopsis -join ' '
    $page
}

function Complete-Fence($Section, $Item, [string] $Language, [string] $Text) {
    if (-not $Item) { return }
    switch ($Section) {
        'SYNTAX' { $Item.Code = $Text }
        'EXAMPLES' { if ($null -eq $Item.Code) { $Item.Code = $Text } }
        'PARAMETERS' {
            if ($Language -ne 'yaml') { return }
            $set = [ordered]@{ Aliases = ''; 'Accepted values' = '' }
            foreach ($l in $Text -split "`n") {
                $colon = $l.IndexOf(':')
                if ($colon -gt 0) { $set[$l.Substring(0, $colon).Trim()] = $l.Substring($colon + 1).Trim() }
            }
            $Item.Sets.Add($set)
        }
    }
}

function Split-HelpList([string] $Value) {
    <# "Mail, Email" -> 'Mail','Email'; empty -> nothing. #>
    @($Value -split ',' | ForEach-Object Trim | Where-Object { $_ })
}

Export-ModuleMember -Function Get-HelpDocsFolder, Get-HelpPagePath, Read-HelpPage, Split-HelpList
