from ceremony.launcher import start

start()
