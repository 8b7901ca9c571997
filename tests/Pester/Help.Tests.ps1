# What Get-Help shows for the module's cmdlets (read from the MAML the build generates from docs/en-US), and that the
# help builder's MAML is what PowerShell's own Get-Help reads. No emulator: help needs no server.

BeforeDiscovery {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    $cmdlets = @(Get-Command -Module IRedAdmin -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-Module $PSScriptRoot/TestHelpers/HelpPage.psm1 -Force
    Import-TestModule
    $script:Docs = Get-HelpDocsFolder
    $script:Common = [System.Management.Automation.PSCmdlet]::CommonParameters
}

Describe 'Get-Help <Name> -Examples' -ForEach $cmdlets {
    It 'shows the examples of the page, each with its code' {
        $page = Read-HelpPage (Join-Path $Docs "$Name.md")
        $help = Get-Help $Name -Examples
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 1
        $examples.Count | Should -Be $page.Examples.Count
        $text = $help | Out-String -Width 500
        for ($i = 0; $i -lt $examples.Count; $i++) {
            "$($examples[$i].code)".Trim() | Should -Not -BeNullOrEmpty
            "$($examples[$i].code)".Trim() | Should -BeExactly $page.Examples[$i].Code.Trim()
            $examples[$i].title | Should -BeLike "*$($page.Examples[$i].Title)*"
            # What a user reads: the rendered help shows every line of the code.
            foreach ($line in ($page.Examples[$i].Code -split "`n" | Where-Object { $_.Trim() })) {
                $text | Should -BeLike "*$([WildcardPattern]::Escape($line.Trim()))*"
            }
        }
    }
}

Describe 'Help of the alias, mailing list and LDIF cmdlets' {
    # One line per parameter: name|required|position|pipeline, from the code and from Get-Help.
    It '<_> documents the parameters the code has' -ForEach @(
        'Get-IRedAlias', 'New-IRedAlias', 'Set-IRedAlias', 'Remove-IRedAlias', 'Rename-IRedAlias', 'Add-IRedAliasMember', 'Remove-IRedAliasMember',
        'Get-IRedMailingList', 'New-IRedMailingList', 'Set-IRedMailingList', 'Remove-IRedMailingList', 'Add-IRedMailingListMember', 'Remove-IRedMailingListMember',
        'Export-IRedLdif'
    ) {
        $name = $_
        $code = (Get-Command $name).Parameters.Values | Where-Object { $Common -notcontains $_.Name } | ForEach-Object {
            $a = $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] }
            $pos = @($a | Where-Object { $_.Position -ge 0 } | ForEach-Object { [string]$_.Position })[0]
            if (-not $pos) { $pos = 'named' }
            $pipe = @()
            if ($a | Where-Object ValueFromPipelineByPropertyName) { $pipe += 'ByPropertyName' }
            if ($a | Where-Object ValueFromPipeline) { $pipe += 'ByValue' }
            '{0}|{1}|{2}|{3}' -f $_.Name, [bool]($a | Where-Object Mandatory), $pos, ($pipe -join ',')
        }
        $help = (Get-Help $name -Full).parameters.parameter | ForEach-Object {
            $pipe = @()
            if ($_.pipelineInput -match 'ByPropertyName') { $pipe += 'ByPropertyName' }
            if ($_.pipelineInput -match 'ByValue') { $pipe += 'ByValue' }
            '{0}|{1}|{2}|{3}' -f $_.name, ($_.required -eq 'true'), $_.position.ToLowerInvariant(), ($pipe -join ',')
        }
        [string[]]$codeSorted = @($code); [Array]::Sort($codeSorted, [StringComparer]::Ordinal)
        [string[]]$helpSorted = @($help); [Array]::Sort($helpSorted, [StringComparer]::Ordinal)
        $helpSorted | Should -BeExactly $codeSorted
        $synopsis = @(Get-Help $name | ForEach-Object Synopsis)
        $synopsis | Should -HaveCount 1
        # Without a written synopsis the engine shows the syntax, "Name [-Parameter] ...".
        $synopsis[0].Contains("$name [") | Should -BeFalse
    }
}

Describe 'Help of the admin, domain admin and user extra cmdlets' {
    It '<_> has a page whose parameter blocks match the cmdlet' -ForEach @(
        'Get-IRedAdmin', 'New-IRedAdmin', 'Set-IRedAdmin', 'Remove-IRedAdmin', 'Test-IRedAdminPassword',
        'Add-IRedDomainAdmin', 'Remove-IRedDomainAdmin', 'Rename-IRedUser', 'Test-IRedUserPassword'
    ) {
        $name = $_
        $command = Get-Command $name
        $command | Should -BeOfType [System.Management.Automation.CmdletInfo]
        $page = @{}
        foreach ($p in (Read-HelpPage (Join-Path $Docs "$name.md")).Parameters) { $page[$p.Name] = $p.Sets[0] }

        $actual = @{}
        foreach ($p in $command.Parameters.Values) { if ($Common -notcontains $p.Name) { $actual[$p.Name] = $p } }
        @($page.Keys | Sort-Object) | Should -BeExactly @($actual.Keys | Sort-Object)
        foreach ($param in $page.Keys) {
            $yaml = $page[$param]; $meta = $actual[$param]
            $sets = @($meta.ParameterSets.Values)
            # PlatyPS writes a nullable parameter (a blank CSV cell binds as "not given") by its underlying type.
            $type = [Nullable]::GetUnderlyingType($meta.ParameterType) ?? $meta.ParameterType
            $yaml['Type'] | Should -BeExactly $type.Name -Because "$name -$param has that type in code"
            @(Split-HelpList $yaml['Aliases'] | Sort-Object) | Should -Be @($meta.Aliases | Sort-Object) -Because "$name -$param aliases"
            [bool]::Parse($yaml['Required']) | Should -Be ([bool]($sets | Where-Object IsMandatory)) -Because "$name -$param Required"
            $position = ($sets | Measure-Object Position -Maximum).Maximum
            $yaml['Position'] | Should -BeExactly $(if ($position -lt 0) { 'Named' } else { "$position" }) -Because "$name -$param Position"
            $pipeline = $yaml['Accept pipeline input']
            $pipeline.Contains('ByValue') | Should -Be ([bool]($sets | Where-Object ValueFromPipeline)) -Because "$name -$param pipeline ByValue"
            $pipeline.Contains('ByPropertyName') | Should -Be ([bool]($sets | Where-Object ValueFromPipelineByPropertyName)) -Because "$name -$param pipeline ByPropertyName"
            if ($meta.ParameterType.IsEnum) {
                @(Split-HelpList $yaml['Accepted values']) | Should -BeExactly ([Enum]::GetNames($meta.ParameterType)) -Because "$name -$param accepted values"
            }
        }

        # Get-Help reads the generated MAML: the synopsis and examples are there.
        $help = Get-Help $name -Full
        "$($help.Synopsis)" | Should -Not -BeNullOrEmpty
        "$($help.Synopsis)".Trim() | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
    }
}

Describe 'Help of the spam policy and throttle cmdlets' {
    It '<_> has a page with exactly the parameters, sets and synopsis of the cmdlet' -ForEach @(
        'Get-IRedSpamPolicy', 'Set-IRedSpamPolicy', 'Remove-IRedSpamPolicy', 'Get-IRedThrottle', 'Set-IRedThrottle'
    ) {
        $name = $_
        $page = Get-Content -Raw (Join-Path $Docs "$name.md")
        $parameters = @((Get-Command $name).Parameters.Keys | Where-Object { $_ -notin $Common } | Sort-Object)
        $documented = @([regex]::Matches($page, '(?m)^### -(\w+)') | ForEach-Object { $_.Groups[1].Value } | Sort-Object)
        $documented | Should -BeExactly $parameters

        $sets = @((Get-Command $name).ParameterSets | ForEach-Object Name | Sort-Object)
        $start = $page.IndexOf('## SYNTAX'); $end = $page.IndexOf('## DESCRIPTION')
        $syntax = $page.Substring($start, $end - $start)
        $documentedSets = @([regex]::Matches($syntax, '(?m)^### (\w+)') | ForEach-Object { $_.Groups[1].Value } | Sort-Object)
        $documentedSets | Should -BeExactly $sets

        $synopsis = @(Get-Help $name | ForEach-Object Synopsis)
        $synopsis | Should -HaveCount 1
        $expected = [regex]::Match($page, '## SYNOPSIS\s+(.+)').Groups[1].Value.Trim()
        $expected | Should -Not -BeNullOrEmpty
        $synopsis[0] | Should -BeLike "*$([WildcardPattern]::Escape($expected))*"
    }
}

Describe 'The help builder''s MAML in PowerShell''s own Get-Help' {
    BeforeAll {
        # The tool as the last build made it (Debug or Release).
        $script:HelpBuilder = 'Debug', 'Release' |
            ForEach-Object { [System.IO.Path]::Combine((Get-TestRepoRoot), 'tools', 'IRedAdmin.HelpBuilder', 'bin', $_, 'net10.0', 'IRedAdmin.HelpBuilder.dll') } |
            Where-Object { Test-Path $_ } | Sort-Object { (Get-Item $_).LastWriteTimeUtc } -Descending | Select-Object -First 1
        $script:Work = Join-Path ([System.IO.Path]::GetTempPath()) ("iredhelp-" + [guid]::NewGuid().ToString('n'))
    }
    AfterAll { if (Test-Path $Work) { Remove-Item $Work -Recurse -Force } }

    It 'reads the synopsis, parameters, examples and syntax of a page built from the template' {
        $HelpBuilder | Should -Not -BeNullOrEmpty -Because 'the build makes tools/IRedAdmin.HelpBuilder'
        $probeDocs = New-Item -ItemType Directory (Join-Path $Work 'docs') -ErrorAction Stop
        $module = Join-Path $Work 'HelpProbe'
        # The template doubles as a complete sample page; under another name it is a cmdlet page like any other.
        Copy-Item (Join-Path $Docs '_template.md') (Join-Path $probeDocs 'Get-IRedUser.md') -ErrorAction Stop
        $dotnet = if ($env:DOTNET_HOST_PATH) { $env:DOTNET_HOST_PATH } else { 'dotnet' }
        $log = & $dotnet $HelpBuilder --docs $probeDocs.FullName --out (Join-Path $module 'en-US') 2>&1
        $LASTEXITCODE | Should -Be 0 -Because "$log"
        # The culture folder is what a module ships; the module base is a fallback for an invariant culture.
        Move-Item (Join-Path $module 'en-US' 'IRedAdmin.dll-Help.xml') (Join-Path $module 'en-US' 'HelpProbe-help.xml') -ErrorAction Stop
        Copy-Item (Join-Path $module 'en-US' 'HelpProbe-help.xml') (Join-Path $module 'HelpProbe-help.xml')
        # A script function points at the MAML with .EXTERNALHELP, the same loader as a binary module's dll-Help.xml.
        Set-Content (Join-Path $module 'HelpProbe.psm1') @'
function Get-IRedUser {
    # .EXTERNALHELP HelpProbe-help.xml
    [CmdletBinding(DefaultParameterSetName = 'ByDomain')]
    param(
        [Parameter(ParameterSetName = 'ByDomain', Mandatory, Position = 0)] [string] $Domain,
        [Parameter(ParameterSetName = 'ByDomain')] [string] $Name,
        [Parameter(ParameterSetName = 'ByEmail', Mandatory, ValueFromPipeline)] [Alias('Mail', 'Address')] [string[]] $Email,
        [object] $Connection
    )
}
'@

        # A fresh pwsh, so the probe's Get-IRedUser never shadows the module's in this session.
        $result = Invoke-TestPwsh -Script @"
`$ErrorActionPreference = 'Stop'
Import-Module '$(Join-Path $module 'HelpProbe.psm1')'
`$h = Get-Help Get-IRedUser -Full
`$email = `$h.parameters.parameter | Where-Object { `$_.name -eq 'Email' }
[ordered]@{
    Synopsis = `$h.Synopsis
    Parameters = (`$h.parameters.parameter | ForEach-Object { `$_.name }) -join ','
    EmailDescription = `$email.description[0].Text
    EmailAliases = `$email.aliases
    Examples = @(`$h.examples.example).Count
    FirstCode = @(`$h.examples.example)[0].code
    Syntax = @(`$h.syntax.syntaxItem).Count
    Description = `$h.description[0].Text
} | ConvertTo-Json -Compress
"@
        $result.ExitCode | Should -Be 0 -Because $result.Error
        $help = ($result.Output -join "`n") | ConvertFrom-Json
        $help.Synopsis | Should -BeExactly 'Gets mail users from the iRedAdmin-Pro server.'
        $help.Parameters | Should -BeExactly 'Connection,Domain,Email,Name'
        $help.EmailDescription | Should -BeExactly 'The email addresses of the users to get.'
        $help.EmailAliases | Should -BeExactly 'Mail, Address'
        $help.Examples | Should -Be 2
        $help.FirstCode | Should -BeExactly 'Get-IRedUser -Domain example.com'
        $help.Syntax | Should -Be 2
        $help.Description | Should -BeLike 'The Get-IRedUser cmdlet gets mail users*'
    }
}
