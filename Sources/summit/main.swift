import SummitCommands
SummitMain.run()
