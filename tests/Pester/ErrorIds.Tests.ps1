# One catalog of ErrorIds (IRedAdmin.Client.Errors.ErrorCatalog): every id a help page names exists, every id of the
# code is listed in about_IRedAdmin's ERROR IDS table with the category the module gives it, and every id the source
# raises is in the catalog. No emulator: this reads the pages, the source and the loaded module.

BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-Module $PSScriptRoot/TestHelpers/HelpPage.psm1 -Force
    Import-TestModule
    $script:Docs = Get-HelpDocsFolder
    $script:Catalog = [IRedAdmin.Client.Errors.ErrorCatalog]
    $script:CatalogIds = [string[]]@($Catalog::Ids)
    $script:IdConstants = @([IRedAdmin.Client.Errors.ErrorIds].GetFields('Public,Static') | Where-Object IsLiteral)
    # The module's one mapping from an id to its category (internal, so reached by reflection).
    $mapper = (Get-Module IRedAdmin).ImplementingAssembly.GetType('IRedAdmin.Base.ErrorMapper', $true)
    $script:CategoryOf = $mapper.GetMethod('CategoryOf', [type[]]@([string]))

    # UPPER_SNAKE words of the pages that are not error ids, each with why. Environment variables are found by their
    # $env: use on the pages, so they need no entry here.
    $script:NotErrorIds = @{
        ENABLE_RESTFUL_API  = "a setting in iRedAdmin's settings.py"
        RESTFUL_API_CLIENTS = "a setting in iRedAdmin's settings.py"
        ALLOW_MS_WORD       = 'an amavisd ban rule name (-BanRule)'
        ALLOW_MS_EXCEL      = 'an amavisd ban rule name (-BanRule)'
        NO_COLOR            = 'an environment variable'
    }

    # Words of three or more letters joined by underscores: INVALID_MAIL, NO_SUCH_ACCOUNT, HTTP_404.
    $script:SnakeWord = '(?<![\w$])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w])'

    function Test-KnownId([string] $Id) {
        # A listed id, or a member of a listed family (HTTP_nnn, PW_*).
        $Id -cin $CatalogIds -or ($Id -cmatch '^HTTP_\d{3}$') -or ($Id -cmatch '^PW_[A-Z_]+$' -and $null -ne $Catalog::KindOf($Id))
    }

    function Get-PageErrorIdWord([string[]] $Path) {
        $texts = @($Path | ForEach-Object { @{ Page = [System.IO.Path]::GetFileName($_); Text = [System.IO.File]::ReadAllText($_) } })
        $variables = @($texts | ForEach-Object { [regex]::Matches($_.Text, '\$env:([A-Z][A-Z0-9_]*)') } | ForEach-Object { $_.Groups[1].Value })
        foreach ($t in $texts) {
            foreach ($m in [regex]::Matches($t.Text, $SnakeWord)) {
                $word = $m.Value
                if ($word -cin $variables -or $NotErrorIds.ContainsKey($word)) { continue }
                [pscustomobject]@{ Page = $t.Page; Word = $word }
            }
        }
    }

    function Get-ErrorIdTableRow([string] $Path) {
        # The rows of the text table under '## ERROR IDS': an id and its category; wrapped meanings start with spaces.
        $lines = [System.IO.File]::ReadAllLines($Path)
        $start = [array]::IndexOf($lines, '## ERROR IDS')
        if ($start -lt 0) { throw "$Path has no '## ERROR IDS' section." }
        $open = $start + 1
        while ($lines[$open] -notmatch '^```') { $open++ }
        for ($i = $open + 1; $lines[$i] -notmatch '^```'; $i++) {
            if ($lines[$i] -cmatch '^(?<id>[A-Z][A-Za-z0-9_*]+)\s+(?<category>[A-Za-z]+)\s' -and $Matches.id -cne 'ErrorId') {
                [pscustomobject]@{ Id = $Matches.id; Category = $Matches.category }
            }
        }
    }

    function Get-SourceErrorIdUse([string[]] $Path) {
        # Where the source names an id: first argument of InvalidInputException(, the id argument of new ErrorRecord(
        # (the one before its ErrorCategory) or of ErrorMapper.Record(, the code of new IRedAdminException(, and
        # constants named *ErrorId/*Code.
        # An id is a string literal or an ErrorIds constant (not ErrorIds.ForHttpStatus(...), the HTTP_nnn family).
        $id = '(?<id>"[^"]*"|ErrorIds\.\w+\b(?!\s*\())'
        $patterns = @(
            'InvalidInputException\(\s*' + $id
            'new ErrorRecord\((?:(?!new ErrorRecord\().)*?,\s*' + $id + '\s*,\s*ErrorCategory\.'
            'new IRedAdminException\(\s*IRedAdminErrorKind\.\w+\s*,\s*' + $id
            '\bErrorMapper\.Record\((?:[^,()]|\([^()]*\))*,\s*' + $id
            '\b\w*(?:ErrorId|Code)\s*=\s*' + $id + '\s*;'
        )
        $constants = @{}
        foreach ($f in $IdConstants) { $constants["ErrorIds.$($f.Name)"] = [string]$f.GetRawConstantValue() }
        foreach ($file in $Path) {
            $text = [System.IO.File]::ReadAllText($file)
            foreach ($pattern in $patterns) {
                foreach ($m in [regex]::Matches($text, $pattern, 'Singleline')) {
                    $raw = $m.Groups['id'].Value
                    $id = if ($raw.StartsWith('"')) { $raw.Trim('"') } else { $constants[$raw] }
                    $line = $text.Substring(0, $m.Groups['id'].Index).Split("`n").Count
                    [pscustomobject]@{ Where = "$([System.IO.Path]::GetRelativePath((Get-TestRepoRoot), $file)):$line"; Id = $id; Raw = $raw }
                }
            }
        }
    }
}

Describe 'The ErrorId catalog' {
    It 'lists every ErrorIds constant' {
        $IdConstants.Count | Should -BeGreaterThan 50
        $missing = foreach ($f in $IdConstants) {
            $id = [string]$f.GetRawConstantValue()
            if ($f.Name -eq 'PasswordPolicyPrefix') { $id = "$id*" }
            if ($id -cnotin $CatalogIds) { "ErrorIds.$($f.Name) ($id)" }
        }
        @($missing) | Should -BeNullOrEmpty
        'HTTP_nnn' | Should -BeIn $CatalogIds -Because 'the HTTP_nnn family (ErrorIds.ForHttpStatus) is listed as its pattern'
    }

    It 'gives every id a kind and a meaning' {
        foreach ($id in $CatalogIds) {
            $Catalog::KindOf($id) | Should -Not -BeNullOrEmpty -Because "$id needs a kind"
            $Catalog::Describe($id) | Should -Not -BeLike 'The server refused the request: *' -Because "$id needs a meaning"
        }
    }
}

Describe 'Error ids named on the help pages' {
    It 'are all in the catalog (environment variables and listed non-ids aside)' {
        $pages = @(Get-ChildItem $Docs -Filter *.md | ForEach-Object FullName)
        $pages.Count | Should -BeGreaterThan 50
        $words = @(Get-PageErrorIdWord $pages)
        # Guards the scan itself: the pages name ids on many pages.
        @($words | Where-Object Word -CEQ 'NO_SUCH_ACCOUNT').Count | Should -BeGreaterThan 20
        @($words | Where-Object { -not (Test-KnownId $_.Word) } | ForEach-Object { "$($_.Page): $($_.Word)" }) | Should -BeNullOrEmpty
    }

    It 'include every catalog id in the ERROR IDS table of about_IRedAdmin, with the category the module gives it' {
        $rows = @(Get-ErrorIdTableRow (Join-Path $Docs 'about_IRedAdmin.md'))
        $listed = [string[]]@($rows | ForEach-Object Id)
        @($CatalogIds | Where-Object { $_ -cnotin $listed }) | Should -BeNullOrEmpty -Because 'every id of the catalog needs a row'
        @($listed | Where-Object { $_ -cnotin $CatalogIds }) | Should -BeNullOrEmpty -Because 'every row must be an id of the catalog'
        @($listed | Group-Object -CaseSensitive | Where-Object Count -GT 1 | ForEach-Object Name) | Should -BeNullOrEmpty
        $wrong = foreach ($r in $rows) {
            $category = "$($CategoryOf.Invoke($null, @($r.Id)))"
            if ($r.Category -cne $category) { "$($r.Id): the table says $($r.Category), the module gives $category" }
        }
        @($wrong) | Should -BeNullOrEmpty
    }
}

Describe 'Error ids raised in the source' {
    It 'are all in the catalog' {
        $root = Get-TestRepoRoot
        $files = @(Get-ChildItem (Join-Path $root 'src') -Directory -Filter 'IRedAdmin*' |
            Where-Object Name -NE 'IRedAdmin.Emulator' |
            ForEach-Object { Get-ChildItem $_.FullName -Recurse -Filter *.cs } |
            Where-Object { $_.FullName -notmatch '[\\/](obj|bin)[\\/]' } | ForEach-Object FullName)
        $uses = @(Get-SourceErrorIdUse $files)
        # Guards the scan itself: ids are raised in many places.
        $uses.Count | Should -BeGreaterThan 30
        @($uses | Where-Object Id -CEQ 'PARAMETER_CONFLICT') | Should -Not -BeNullOrEmpty
        @($uses | Where-Object { -not (Test-KnownId $_.Id) } | ForEach-Object { "$($_.Where): $($_.Raw)" }) | Should -BeNullOrEmpty
    }

    It 'come from ErrorIds, never a string written in place' {
        $root = Get-TestRepoRoot
        $files = @(Get-ChildItem (Join-Path $root 'src') -Directory -Filter 'IRedAdmin*' |
            Where-Object Name -NE 'IRedAdmin.Emulator' |
            ForEach-Object { Get-ChildItem $_.FullName -Recurse -Filter *.cs } |
            Where-Object { $_.FullName -notmatch '[\\/](obj|bin)[\\/]' -and $_.Name -ne 'ErrorIds.cs' } | ForEach-Object FullName)
        @(Get-SourceErrorIdUse $files | Where-Object { $_.Raw.StartsWith('"') } | ForEach-Object { "$($_.Where): $($_.Raw)" }) | Should -BeNullOrEmpty
    }
}
