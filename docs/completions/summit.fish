function __summit_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __summit_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __summit_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __summit_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __summit_parse_tokens -S
    set -l unparsed_tokens (__summit_tokens -pc)
    switch $unparsed_tokens[1]
    case 'summit'
        __summit_parse_subcommand 0 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'no-mouse' 'no-clipboard' 'theme=' 'play=' 'play-speed=' 'fresh' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'pillars'
            __summit_parse_subcommand 0 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
        case 'actors'
            __summit_parse_subcommand 0 'stance=' 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
        case 'actor'
            __summit_parse_subcommand -r 1 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
        case 'quotes'
            __summit_parse_subcommand 0 'speaker=' 'actor=' 'pillar=' 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
        case 'figures'
            __summit_parse_subcommand 0 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
        case 'events'
            __summit_parse_subcommand 0 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
        case 'questions'
            __summit_parse_subcommand 0 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
        case 'search'
            __summit_parse_subcommand -r 1 'kind=' 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
        case 'source'
            __summit_parse_subcommand 0 'record=' 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
        case 'pins'
            __summit_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __summit_parse_subcommand 0 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
            case 'add'
                __summit_parse_subcommand -r 1 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
            case 'rm'
                __summit_parse_subcommand -r 1 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
            case 'clear'
                __summit_parse_subcommand 0 'y/yes' 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
            end
        case 'export'
            __summit_parse_subcommand 0 'pins' 'o/output=' 'force' 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
        case 'present'
            __summit_parse_subcommand 0 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'theme=' 'auto=' 'pins' 'play=' 'play-speed=' 'h/help'
        case 'validate'
            __summit_parse_subcommand 1 'data=' 'format=' 'json' 'width=' 'no-color' 'config=' 'h/help'
        case 'config'
            __summit_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'path'
                __summit_parse_subcommand 0 'config=' 'h/help'
            case 'show'
                __summit_parse_subcommand 0 'config=' 'h/help'
            case 'init'
                __summit_parse_subcommand 0 'config=' 'h/help'
            case 'check'
                __summit_parse_subcommand 1 'config=' 'h/help'
            case 'keys'
                __summit_parse_subcommand 0 'config=' 'h/help'
            end
        case 'keys'
            __summit_parse_subcommand 0 'config=' 'h/help'
        case 'help'
            __summit_parse_subcommand -r 1 
        end
    end
end

function __summit_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __summit_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __summit_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __summit_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__summit_tokens -p)
    if test -z "$(__summit_tokens -t)"
        set -l index (count (__summit_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'summit' -f
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" no-mouse' -l 'no-mouse' -d 'Explorer: leave the mouse to the terminal (keeps text selection working).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" no-clipboard' -l 'no-clipboard' -d 'Explorer: y and Y copy nothing (no OSC 52 sequence is written).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" theme' -l 'theme' -d 'Colour theme: high-contrast (light on black) and light (dark on white) are for rooms and projectors (default: the config file\'s, else default).' -rfka 'default high-contrast light monochrome'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" play' -l 'play' -d 'Play the key script FILE (docs/key-scripts.md); any key pauses and resumes it.' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" play-speed' -l 'play-speed' -d 'Play the script FACTOR times as fast (rehearsals, tests).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" fresh' -l 'fresh' -d 'Explorer: start afresh, without the remembered pane, selection, filters and history (they are still saved on quit).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" version' -l 'version' -d 'Print the version and the bundled dataset\'s name and format version.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'pillars' -d 'The pillars of the declaration, as the article lists them, with notes on the list.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'actors' -d 'Every country and body whose position the article gives, with its stance on troops in Ukraine.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'actor' -d 'One actor: its stance and the text it rests on, roles, people, quotes, figures and events.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'quotes' -d 'Every quotation, verbatim, with speaker and attribution; filter by speaker, actor or pillar.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'figures' -d 'The numbers the article gives (force estimates, army sizes, distances…) with unit, range and qualifier.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'events' -d 'What the article reports happening, with the relative times it gives; claims shown with their disputes.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'questions' -d 'The open questions the article ends on.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'search' -d 'Search every kind of record; best matches first, each naming its kind and id.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'source' -d 'The article with numbered paragraphs, or the passage that supports one record.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'pins' -d 'The records pinned for a briefing (m in the explorer), in pin order.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'export' -d 'Write the briefing as a handout (Markdown or one self-contained HTML file).'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'present' -d 'Present the briefing as full-screen slides: pillars, who offers what, figures, quotes, questions.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'validate' -d 'Check a dataset file: prints ok and the counts per kind, or every problem and exits 65.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'config' -d 'Show, create or check the config file (key bindings, colours, defaults).'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'keys' -d 'Print the explorer\'s key bindings as the config file leaves them (docs/keys.md shows the defaults).'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pillars" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pillars" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pillars" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pillars" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pillars" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pillars" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pillars" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actors" stance' -l 'stance' -d 'Only actors with this stance (e.g. rules-out, open, conditional).' -rfka 'plans-presence open conditional supports-concept rules-out opposes host unclear not-applicable'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actors" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actors" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actors" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actors" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actors" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actors" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actors" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit actor" -ge 1' -fka '(__summit_custom_completion ---completion actor -- positional@0 (count (__summit_tokens -pc)) (__summit_tokens -tC))'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actor" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actor" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actor" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actor" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actor" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actor" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit actor" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit quotes" speaker' -l 'speaker' -d 'Only quotes by this person (name, surname or id).' -rfka '(__summit_custom_completion ---completion quotes -- --speaker (count (__summit_tokens -pc)) (__summit_tokens -tC))'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit quotes" actor' -l 'actor' -d 'Only quotes bearing on this actor (name, alias or id).' -rfka '(__summit_custom_completion ---completion quotes -- --actor (count (__summit_tokens -pc)) (__summit_tokens -tC))'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit quotes" pillar' -l 'pillar' -d 'Only quotes bearing on this pillar (number, id or words).' -rfka '(__summit_custom_completion ---completion quotes -- --pillar (count (__summit_tokens -pc)) (__summit_tokens -tC))'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit quotes" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit quotes" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit quotes" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit quotes" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit quotes" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit quotes" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit quotes" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit figures" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit figures" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit figures" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit figures" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit figures" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit figures" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit figures" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit events" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit events" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit events" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit events" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit events" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit events" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit events" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit questions" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit questions" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit questions" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit questions" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit questions" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit questions" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit questions" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit search" kind' -l 'kind' -d 'Only records of this kind (pillar, actor, person, quote, figure, event, question, note).' -rfka 'pillar actor person quote figure event question note'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit search" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit search" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit search" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit search" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit search" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit search" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit search" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit source" record' -l 'record' -d 'Show only the passage supporting the record with this id.' -rfka '(__summit_custom_completion ---completion source -- --record (count (__summit_tokens -pc)) (__summit_tokens -tC))'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit source" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit source" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit source" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit source" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit source" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit source" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit source" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit pins" -eq 1' -fa 'list' -d 'List the pins, in pin order (the default).'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit pins" -eq 1' -fa 'add' -d 'Pin records by id, after the pins already made.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit pins" -eq 1' -fa 'rm' -d 'Unpin records by id (also pins the dataset no longer holds).'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit pins" -eq 1' -fa 'clear' -d 'Unpin everything (asks first on a terminal; --yes otherwise).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins list" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins list" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins list" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins list" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins list" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins list" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit pins add" -ge 1' -fka '(__summit_custom_completion ---completion pins add -- positional@0 (count (__summit_tokens -pc)) (__summit_tokens -tC))'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins add" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins add" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins add" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins add" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins add" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins add" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit pins rm" -ge 1' -fka '(__summit_custom_completion ---completion pins rm -- positional@0 (count (__summit_tokens -pc)) (__summit_tokens -tC))'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins rm" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins rm" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins rm" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins rm" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins rm" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins rm" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins rm" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins clear" y yes' -l 'yes' -s 'y' -d 'Do not ask: needed when standard input is not a terminal.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins clear" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins clear" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins clear" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins clear" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins clear" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins clear" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit pins clear" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit export" pins' -l 'pins' -d 'Only the pinned records, in pin order (see `summit pins`).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit export" o output' -s 'o' -l 'output' -d 'Write to FILE instead of standard output.' -rF
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit export" force' -l 'force' -d 'Replace FILE if it exists.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit export" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit export" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit export" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit export" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit export" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit export" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit present" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit present" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit present" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit present" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit present" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit present" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit present" theme' -l 'theme' -d 'Colour theme: high-contrast (light on black) and light (dark on white) are for rooms and projectors (default: the config file\'s, else default).' -rfka 'default high-contrast light monochrome'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit present" auto' -l 'auto' -d 'Advance every SECONDS by itself; any key pauses, a resumes. Default: delay under [presentation] in the config file, else off; --auto 0 turns it off.' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit present" pins' -l 'pins' -d 'Only the pinned records, in pin order (see `summit pins`).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit present" play' -l 'play' -d 'Play the key script FILE (docs/key-scripts.md); any key pauses and resumes it.' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit present" play-speed' -l 'play-speed' -d 'Play the script FACTOR times as fast (rehearsals, tests).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit present" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit validate" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit validate" data' -l 'data' -d 'Read the dataset from FILE instead of the bundled one (- reads standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit validate" format' -l 'format' -d 'plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); summit export: markdown or html.' -rfka 'plain json csv tsv markdown html'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit validate" json' -l 'json' -d 'Print one JSON document: short for --format json.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit validate" width' -l 'width' -d 'Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).' -rfka ''
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit validate" no-color' -l 'no-color' -d 'Never colour the output (also: NO_COLOR set, or output not a terminal).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit validate" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit config" -eq 1' -fa 'path' -d 'Print the path of the config file summit reads (whether or not it exists).'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit config" -eq 1' -fa 'show' -d 'Print the effective configuration, each value marked with where it comes from.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit config" -eq 1' -fa 'init' -d 'Write a commented default config file; never overwrites one that exists (exit 73).'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit config" -eq 1' -fa 'check' -d 'Validate a config file: prints ok, or every problem as FILE:LINE: message — fix and exits 65.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit config" -eq 1' -fa 'keys' -d 'Print the explorer\'s key bindings as the config file leaves them (docs/keys.md shows the defaults).'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit config path" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit config path" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit config show" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit config show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit config init" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit config init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_positional "summit config check" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit config check" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit config check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit config keys" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit config keys" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit keys" config' -l 'config' -d 'Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'summit' -n '__summit_should_offer_completions_for_flags_or_options "summit keys" h help' -s 'h' -l 'help' -d 'Show help information.'