// Shared setup for every jest file. Nothing here may hide a real failure.
