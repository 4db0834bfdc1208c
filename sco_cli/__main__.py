from sco_cli.main import main

main()
