import json

from kikfacts.cli import main


def test_extract_text_output(root, capsys):
    assert main(["extract", str(root / "examples" / "udkast.txt")]) == 0
    out = capsys.readouterr().out
    assert "money    12500000 DKK  «12,5 mio. kr.»" in out
    assert "udgivet 2021-05-03" in out


def test_extract_json_is_valid_and_located(root, capsys):
    path = root / "examples" / "udkast.txt"
    assert main(["extract", "--format", "json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    (doc,) = data["documents"]
    text = path.read_text(encoding="utf-8")
    assert doc["schema_version"] == "1.0"
    for f in doc["facts"]:
        assert text[f["start"] : f["end"]] == f["text"]


def test_missing_file_is_exit_2_with_one_line(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["extract", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "nope.txt" in err and "findes ikke" in err


def test_cp1252_file_is_decoded(tmp_path, capsys):
    p = tmp_path / "gammel.txt"
    p.write_bytes("Kommunen sparer 9,7 mio. kroner på ældreområdet.".encode("cp1252"))
    assert main(["extract", str(p)]) == 0
    assert "9700000" in capsys.readouterr().out


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "extract" in capsys.readouterr().out


def test_python_dash_m_kikfacts_runs_the_command():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "kikfacts", "rules"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and "KF101  sum-of-parts" in done.stdout
    done = subprocess.run([sys.executable, "-m", "kikfacts", "check", "findes-ikke.txt"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2 and done.stderr.startswith("kikfacts: findes-ikke.txt")
