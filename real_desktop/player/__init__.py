"""Media playback: the Player interface and its VLC / Qt Multimedia backends."""

from real_desktop.player.base import Player
from real_desktop.player.factory import create_player

__all__ = ["Player", "create_player"]
