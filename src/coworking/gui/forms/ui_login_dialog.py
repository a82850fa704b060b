# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(420, 300)
        self.mainLayout = QVBoxLayout(LoginDialog)
        self.mainLayout.setSpacing(16)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 24, 28, 20)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.logoLabel = QLabel(LoginDialog)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(48, 48))
        self.logoLabel.setMaximumSize(QSize(48, 48))

        self.headerLayout.addWidget(self.logoLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(LoginDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.titleLayout.addWidget(self.titleLabel)

        self.siteLabel = QLabel(LoginDialog)
        self.siteLabel.setObjectName(u"siteLabel")
        self.siteLabel.setWordWrap(True)
        self.siteLabel.setProperty(u"role", u"subtitle")

        self.titleLayout.addWidget(self.siteLabel)


        self.headerLayout.addLayout(self.titleLayout)


        self.mainLayout.addLayout(self.headerLayout)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(10)
        self.usernameLabel = QLabel(LoginDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(LoginDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(60)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.errorLabel = QLabel(LoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.errorLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(LoginDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.quitButton)

        self.signInButton = QPushButton(LoginDialog)
        self.signInButton.setObjectName(u"signInButton")
        self.signInButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.signInButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.quitButton)

        self.retranslateUi(LoginDialog)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Sign in", None))
        self.titleLabel.setText(QCoreApplication.translate("LoginDialog", u"Sign in", None))
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"&Username:", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"&Password:", None))
        self.quitButton.setText(QCoreApplication.translate("LoginDialog", u"&Quit", None))
        self.signInButton.setText(QCoreApplication.translate("LoginDialog", u"&Sign in", None))
    # retranslateUi

