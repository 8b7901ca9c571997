# The help source (docs/en-US, PlatyPS pages) and the code never drift apart, and Get-Help is complete for every
# exported cmdlet. No emulator: this reads the pages and the cmdlets the engine loaded.

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

    # The type name PlatyPS writes: Nullable<T> as T, arrays as T[].
    function Get-DocTypeName([type] $Type) {
        $underlying = [Nullable]::GetUnderlyingType($Type)
        if ($underlying) { $underlying.Name } else { $Type.Name }
    }
}

Describe 'The page docs/en-US/<Name>.md' -ForEach $cmdlets {
    It 'lists exactly the parameters of <Name>, with description, type and aliases' {
        $path = Join-Path $Docs "$Name.md"
        $path | Should -Exist -Because "$Name needs a help page docs/en-US/$Name.md"
        $page = Read-HelpPage $path
        $cmdlet = Get-Command $Name
        $inCode = @($cmdlet.Parameters.Values | Where-Object Name -NotIn $Common)
        $codeNames = [string[]]@($inCode | ForEach-Object Name)
        $inDocs = @{}
        foreach ($p in $page.Parameters) { if ($p.Name -notin $Common) { $inDocs[$p.Name] = $p } }

        @($codeNames | Where-Object { -not $inDocs.ContainsKey($_) } | ForEach-Object { "-$_ is in code but not in $Name.md" }) | Should -BeNullOrEmpty
        @($inDocs.Keys | Where-Object { $_ -notin $codeNames } | ForEach-Object { "-$_ is in $Name.md but not in code" }) | Should -BeNullOrEmpty
        foreach ($meta in $inCode) {
            $doc = $inDocs[$meta.Name]
            ($doc.Description -join ' ').Trim() | Should -Not -BeNullOrEmpty -Because "$Name -$($meta.Name) needs a description"
            $doc.Type | Should -BeExactly (Get-DocTypeName $meta.ParameterType) -Because "$Name -$($meta.Name) has that type in code"
            @($doc.Aliases | Sort-Object) | Should -Be @($meta.Aliases | Sort-Object) -Because "$Name -$($meta.Name) has these aliases in code"
        }
        $setsInCode = @($cmdlet.ParameterSets.Name | Where-Object { $_ -ne '__AllParameterSets' } | Sort-Object)
        if ($setsInCode.Count -gt 1) {
            @($page.Syntax.ParameterSetName | Sort-Object) | Should -Be $setsInCode -Because "the SYNTAX of $Name.md shows one block per parameter set"
        }
    }
}

Describe 'The docs folder' {
    It 'has no cmdlet page without an exported cmdlet' {
        $exported = @(Get-Command -Module IRedAdmin -CommandType Cmdlet).Name
        $orphans = @(Get-HelpPagePath | ForEach-Object { [System.IO.Path]::GetFileNameWithoutExtension($_) } | Where-Object { $_ -cnotin $exported })
        $orphans | Should -BeNullOrEmpty
    }
}

Describe 'Get-Help <Name> -Full' -ForEach $cmdlets {
    It 'has a synopsis, a description, two examples (one a pipeline) and every parameter described' {
        $help = @(Get-Help $Name -Full)
        $help | Should -HaveCount 1
        $help = $help[0]
        $synopsis = "$($help.Synopsis)".Trim()
        $synopsis | Should -Not -BeNullOrEmpty
        # Without MAML the engine makes the synopsis from the syntax, which starts with the name.
        $synopsis | Should -Not -BeLike "$Name *" -Because 'a written synopsis is not the syntax line'
        (($help.description | ForEach-Object { $_.Text }) -join ' ').Trim() | Should -Not -BeNullOrEmpty
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        @($help.examples.example | Where-Object { $_.code -match '\|' }).Count | Should -BeGreaterOrEqual 1 -Because 'one example shows a pipeline'
        $undocumented = @($help.parameters.parameter | Where-Object { $_ -and -not (($_.description | ForEach-Object { $_.Text }) -join '').Trim() } |
                ForEach-Object { "$Name -$($_.name)" })
        $undocumented | Should -BeNullOrEmpty
    }
}
