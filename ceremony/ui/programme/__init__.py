"""The running-order editor and the ceremony-day projector (issue 5)."""
